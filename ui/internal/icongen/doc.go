// Command icongen draws the application icon, assets/icon.png: four
// coloured tiles for the four bouwstenen of Vier in balans, resting on a
// beam with a fulcrum below it. It uses only the standard library so the
// icon can be redrawn anywhere:
//
//	go run ./ui/internal/icongen -o assets/icon.png
package main
