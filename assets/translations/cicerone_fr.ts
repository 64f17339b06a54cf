<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AudioMeter</name>
    <message>
        <source>no audio</source>
        <translation>pas de son</translation>
    </message>
</context>
<context>
    <name>BannerArea</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>BudgetBar</name>
    <message>
        <source>no tour open</source>
        <translation>aucune visite ouverte</translation>
    </message>
    <message>
        <source>planned {planned} · no slot set</source>
        <translation>prévu {planned} · aucun créneau</translation>
    </message>
    <message>
        <source>planned {planned} of the {slot} slot · {state}</source>
        <translation>prévu {planned} sur un créneau de {slot} · {state}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CameraPane</name>
    <message>
        <source>CAMERA</source>
        <translation>CAMÉRA</translation>
    </message>
    <message>
        <source>Source ▾</source>
        <translation>Source ▾</translation>
    </message>
    <message>
        <source>Choose the camera: a capture device, a network stream or a file</source>
        <translation>Choisir la caméra : un périphérique de capture, un flux réseau ou un fichier</translation>
    </message>
    <message>
        <source>rtsp://…, srt://…, udp://@:1234, http://…/live.m3u8 or a file, then Enter</source>
        <translation>rtsp://…, srt://…, udp://@:1234, http://…/live.m3u8 ou un fichier, puis Entrée</translation>
    </message>
    <message>
        <source>No camera chosen. Pick one with “Source ▾”, or start with --camera MRL.</source>
        <translation>Aucune caméra choisie. Choisissez-en une avec « Source ▾ », ou lancez avec --camera MRL.</translation>
    </message>
    <message>
        <source>Cannot use this camera source: {reason}</source>
        <translation>Impossible d’utiliser cette source : {reason}</translation>
    </message>
    <message>
        <source>No camera plugged in</source>
        <translation>Aucune caméra branchée</translation>
    </message>
    <message>
        <source>Network stream or file…</source>
        <translation>Flux réseau ou fichier…</translation>
    </message>
</context>
<context>
    <name>CameraPicture</name>
    <message>
        <source>Connecting to {source}…</source>
        <translation>Connexion à {source}…</translation>
    </message>
    <message>
        <source>picture {age} s old</source>
        <translation>image vieille de {age} s</translation>
    </message>
    <message>
        <source>({duration} ago)</source>
        <translation>(il y a {duration})</translation>
    </message>
    <message>
        <source>no picture at {time}</source>
        <translation>aucune image à {time}</translation>
    </message>
    <message>
        <source>last picture at {time}</source>
        <translation>dernière image à {time}</translation>
    </message>
    <message>
        <source>attempt {number}</source>
        <translation>tentative {number}</translation>
    </message>
    <message>
        <source>Signal lost — reconnecting</source>
        <translation>Signal perdu — reconnexion</translation>
    </message>
</context>
<context>
    <name>ClockBar</name>
    <message>
        <source>READY</source>
        <translation>PRÊT</translation>
    </message>
    <message>
        <source>REHEARSAL</source>
        <translation>RÉPÉTITION</translation>
    </message>
    <message>
        <source>ELAPSED</source>
        <translation>ÉCOULÉ</translation>
    </message>
    <message>
        <source>REMAINING</source>
        <translation>RESTANT</translation>
    </message>
    <message>
        <source>THIS STOP</source>
        <translation>CET ARRÊT</translation>
    </message>
    <message>
        <source>PROJECTED END</source>
        <translation>FIN PRÉVUE</translation>
    </message>
    <message>
        <source>End show…</source>
        <translation>Finir l’émission…</translation>
    </message>
    <message>
        <source>Ending takes two clicks; no key ends the show.</source>
        <translation>Finir demande deux clics ; aucune touche ne termine l’émission.</translation>
    </message>
    <message>
        <source>Click again to END</source>
        <translation>Recliquer pour FINIR</translation>
    </message>
    <message>
        <source>of {budget}</source>
        <translation>sur {budget}</translation>
    </message>
    <message>
        <source>{actual} of {planned}</source>
        <translation>{actual} sur {planned}</translation>
    </message>
    <message>
        <source>OVER</source>
        <translation>DÉPASSÉ</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>à l’heure</translation>
    </message>
    <message>
        <source>over</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>under</source>
        <translation>en avance</translation>
    </message>
    <message>
        <source>ENDED AT</source>
        <translation>FINI À</translation>
    </message>
    <message>
        <source>{delta} {word}</source>
        <translation>{delta} {word}</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Prepare is shut while a show is on air: end the show to edit tours.</source>
        <translation>Préparer est fermé à l’antenne : finissez d’abord l’émission.</translation>
    </message>
    <message>
        <source>read-only: {reason} ({path}). Tours and past shows can be read here; no show can start or resume until the database can be written.</source>
        <translation>lecture seule : {reason} ({path}). Les visites et les émissions passées restent consultables ; aucune émission ne peut commencer ni reprendre tant que la base n’est pas modifiable.</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Préparer</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Télécommande</translation>
    </message>
    <message>
        <source>Show control is off (--remote off, or the remote setting).</source>
        <translation>La commande à distance est coupée (--remote off, ou le réglage remote).</translation>
    </message>
    <message>
        <source>Something went wrong inside Cicerone. Details are in {where}. The show goes on.</source>
        <translation>Un problème est survenu dans Cicerone. Détails dans {where}. L’émission continue.</translation>
    </message>
    <message>
        <source>{reason} This window can show the tours but will not start or resume a show.</source>
        <translation>{reason} Cette fenêtre peut afficher les visites mais ne lancera ni ne reprendra d’émission.</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>{tour} (rehearsal)</source>
        <translation>{tour} (répétition)</translation>
    </message>
    <message>
        <source>Cicerone — {what}</source>
        <translation>Cicerone — {what}</translation>
    </message>
    <message>
        <source>{title} (demo)</source>
        <translation>{title} (démo)</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Artiste</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>Importer {name}</translation>
    </message>
    <message numerus="yes">
        <source>{name}: %n stop(s), planned {planned}.</source>
        <translation>
            <numerusform>{name} : %n arrêt, prévu {planned}.</numerusform>
            <numerusform>{name} : %n arrêts, prévus {planned}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first {rows}:</source>
        <translation>Les {rows} premiers :</translation>
    </message>
    <message>
        <source>A new tour</source>
        <translation>Une nouvelle visite</translation>
    </message>
    <message>
        <source>e.g. 1h 30m (empty: no slot)</source>
        <translation>p. ex. 1h 30m (vide : sans créneau)</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Créneau</translation>
    </message>
    <message>
        <source>Add these stops after the last stop of &apos;{title}&apos;</source>
        <translation>Ajouter ces arrêts après le dernier arrêt de « {title} »</translation>
    </message>
    <message>
        <source>Add to the open tour</source>
        <translation>Ajouter à la visite ouverte</translation>
    </message>
    <message>
        <source>No tour is open</source>
        <translation>Aucune visite n’est ouverte</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>a new tour needs a title</source>
        <translation>une nouvelle visite doit avoir un titre</translation>
    </message>
</context>
<context>
    <name>ImageDrop</name>
    <message>
        <source>&apos;{name}&apos; is missing — drop a picture here</source>
        <translation>« {name} » est manquante — déposez une image ici</translation>
    </message>
    <message>
        <source>Drop a picture here</source>
        <translation>Déposez une image ici</translation>
    </message>
    <message>
        <source>{name}: this is the open database, not a picture</source>
        <translation>{name} : c’est la base de données ouverte, pas une image</translation>
    </message>
    <message>
        <source>not a picture Cicerone can show</source>
        <translation>pas une image que Cicerone sait afficher</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name} : {reason}</translation>
    </message>
</context>
<context>
    <name>LiveController</name>
    <message>
        <source>A session is on air: end it (End show… in the clock bar) before opening another tour.</source>
        <translation>Une séance est à l’antenne : terminez-la (Finir l’émission… dans la barre d’horloge) avant d’ouvrir une autre visite.</translation>
    </message>
    <message>
        <source>This tour has no stops: add some in Prepare before going live.</source>
        <translation>Cette visite n’a aucun arrêt : ajoutez-en dans Préparer avant de passer à l’antenne.</translation>
    </message>
    <message>
        <source>could not start the show</source>
        <translation>impossible de lancer l’émission</translation>
    </message>
    <message>
        <source>could not resume the show</source>
        <translation>impossible de reprendre l’émission</translation>
    </message>
    <message>
        <source>could not record the stop</source>
        <translation>impossible d’enregistrer l’arrêt</translation>
    </message>
    <message>
        <source>Notes belong to a show: press F5 to go live first. Your text is kept in the box.</source>
        <translation>Les notes appartiennent à une émission : appuyez d’abord sur F5 pour passer à l’antenne. Votre texte reste dans la zone.</translation>
    </message>
    <message>
        <source>the note was NOT saved</source>
        <translation>la note n’a PAS été enregistrée</translation>
    </message>
    <message>
        <source>could not end the show</source>
        <translation>impossible de terminer l’émission</translation>
    </message>
    <message>
        <source>Storage problem: {failure} ({error}). Check the disk; the show goes on.</source>
        <translation>Problème d’enregistrement : {failure} ({error}). Vérifiez le disque ; l’émission continue.</translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <source>F5 go live / resume   ·   PageDown → Space next stop   ·   PageUp ← back   ·   ↓ ↑ scroll   ·   . mark moment   ·   N note   ·   Ctrl+= / Ctrl+- text size</source>
        <translation>F5 antenne / reprise   ·   PageDown → Espace arrêt suivant   ·   PageUp ← retour   ·   ↓ ↑ défiler   ·   . marquer   ·   N note   ·   Ctrl+= / Ctrl+- taille du texte</translation>
    </message>
    <message>
        <source>F5 live · PgDn next · PgUp back · ↓↑ scroll · . mark · N note · Ctrl± size</source>
        <translation>F5 antenne · PgDn suivant · PgUp retour · ↓↑ défiler · . marque · N note · Ctrl± taille</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>The database is busy: another program (a backup, a script, another Cicerone) holds it locked. Your presses and notes are kept and written, in order, as soon as it is free.</source>
        <translation>La base de données est occupée : un autre programme (une sauvegarde, un script, un autre Cicerone) la verrouille. Vos appuis et vos notes sont gardés et écrits, dans l’ordre, dès qu’elle est libre.</translation>
    </message>
    <message>
        <source>A show was in progress: &apos;{tour}&apos;, live since {since}, at stop {stop}. Press F5 to resume it exactly where it was.</source>
        <translation>Une émission était en cours : « {tour} », à l’antenne depuis {since}, à l’arrêt {stop}. Appuyez sur F5 pour la reprendre exactement là où elle en était.</translation>
    </message>
    <message>
        <source>Resume (F5)</source>
        <translation>Reprendre (F5)</translation>
    </message>
    <message>
        <source>No tour in this database yet. Make one in Prepare, import one with &apos;cicerone tour import FILE&apos;, or start with &apos;cicerone --demo&apos;.</source>
        <translation>Aucune visite dans cette base pour l’instant. Créez-en une dans Préparer, importez-en une avec « cicerone tour import FICHIER », ou lancez « cicerone --demo ».</translation>
    </message>
    <message>
        <source>RESUME? F5</source>
        <translation>REPRENDRE ? F5</translation>
    </message>
    <message>
        <source>READY · F5</source>
        <translation>PRÊT · F5</translation>
    </message>
    <message>
        <source>ENDED</source>
        <translation>TERMINÉ</translation>
    </message>
    <message>
        <source>REHEARSAL</source>
        <translation>RÉPÉTITION</translation>
    </message>
    <message>
        <source>ON AIR</source>
        <translation>À L’ANTENNE</translation>
    </message>
    <message>
        <source>Rehearsal ended: {length} of a {slot} slot</source>
        <translation>Répétition terminée : {length} sur un créneau de {slot}</translation>
    </message>
    <message>
        <source>Show ended: {length} of a {slot} slot</source>
        <translation>Émission terminée : {length} sur un créneau de {slot}</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>{notes}, {marks}</source>
        <translation>{notes}, {marks}</translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s)</source>
        <translation>
            <numerusform>%n marque</numerusform>
            <numerusform>%n marques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{visited} of %n stop(s)</source>
        <translation>
            <numerusform>{visited} sur %n arrêt</numerusform>
            <numerusform>{visited} sur %n arrêts</numerusform>
        </translation>
    </message>
    <message>
        <source>peak {count} viewers</source>
        <translation>pic de {count} spectateurs</translation>
    </message>
    <message>
        <source>Session {id}, to export: {command}</source>
        <translation>Séance {id}, pour l’exporter : {command}</translation>
    </message>
    <message numerus="yes">
        <source>F5 AGAIN within %n s starts a new show (Esc cancels)</source>
        <translation>
            <numerusform>F5 À NOUVEAU dans les %n s lance une nouvelle émission (Échap annule)</numerusform>
            <numerusform>F5 À NOUVEAU dans les %n s lance une nouvelle émission (Échap annule)</numerusform>
        </translation>
    </message>
    <message>
        <source>a new show: the button, or F5 twice</source>
        <translation>nouvelle émission : le bouton, ou F5 deux fois</translation>
    </message>
    <message>
        <source>Start a new show</source>
        <translation>Lancer une nouvelle émission</translation>
    </message>
    <message>
        <source>{pane} starting…</source>
        <translation>{pane} : démarrage…</translation>
    </message>
</context>
<context>
    <name>NameOnlyIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>{suffix} file</source>
        <translation>Fichier {suffix}</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>NOTES</source>
        <translation>NOTES</translation>
    </message>
    <message>
        <source>N: note · Enter: save</source>
        <translation>N : note · Entrée : enregistrer</translation>
    </message>
    <message>
        <source>{count} watching</source>
        <translation>{count} spectateurs</translation>
    </message>
    <message>
        <source>◆ mark</source>
        <translation>◆ marque</translation>
    </message>
</context>
<context>
    <name>PrepareView</name>
    <message>
        <source>Tour files (*.md *.markdown *.txt *.json *.csv *.cicerone)</source>
        <translation>Fichiers de visite (*.md *.markdown *.txt *.json *.csv *.cicerone)</translation>
    </message>
    <message>
        <source>Tour script (*.md)</source>
        <translation>Script de visite (*.md)</translation>
    </message>
    <message>
        <source>JSON tour (*.json)</source>
        <translation>Visite JSON (*.json)</translation>
    </message>
    <message>
        <source>Spreadsheet, Excel or Google Sheets (*.csv)</source>
        <translation>Tableur, Excel ou Google Sheets (*.csv)</translation>
    </message>
    <message>
        <source>Tour bundle for a venue (*.cicerone)</source>
        <translation>Paquet de visite pour un lieu (*.cicerone)</translation>
    </message>
    <message>
        <source>Run-sheet PDF (*.pdf)</source>
        <translation>Conducteur PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Undo {what}</source>
        <translation>Annuler : {what}</translation>
    </message>
    <message>
        <source>Redo {what}</source>
        <translation>Rétablir : {what}</translation>
    </message>
    <message>
        <source>New tour</source>
        <translation>Nouvelle visite</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Rehearse</source>
        <translation>Répéter</translation>
    </message>
    <message>
        <source>Durations from rehearsal…</source>
        <translation>Durées de la répétition…</translation>
    </message>
    <message>
        <source>Go live</source>
        <translation>Passer à l’antenne</translation>
    </message>
    <message>
        <source>Add stop</source>
        <translation>Ajouter un arrêt</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Move up (Alt+↑)</source>
        <translation>Monter (Alt+↑)</translation>
    </message>
    <message>
        <source>Move down (Alt+↓)</source>
        <translation>Descendre (Alt+↓)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Remove stop</source>
        <translation>Retirer l’arrêt</translation>
    </message>
    <message>
        <source>new tour</source>
        <translation>nouvelle visite</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (copie)</translation>
    </message>
    <message>
        <source>duplicate &apos;{title}&apos;</source>
        <translation>dupliquer « {title} »</translation>
    </message>
    <message>
        <source>Rename the tour</source>
        <translation>Renommer la visite</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Deleted &apos;{title}&apos;. Undo (Ctrl+Z) brings it back.</source>
        <translation>« {title} » supprimée. Annuler (Ctrl+Z) la rétablit.</translation>
    </message>
    <message>
        <source>No tour open: press New (Ctrl+N) to start one, or Import… (Ctrl+O) a script.</source>
        <translation>Aucune visite ouverte : Nouvelle (Ctrl+N) pour en commencer une, ou Importer… (Ctrl+O) un script.</translation>
    </message>
    <message>
        <source>This tour has no stops yet: press Add stop (Insert).</source>
        <translation>Cette visite n’a pas encore d’arrêt : Ajouter un arrêt (Inser).</translation>
    </message>
    <message>
        <source>New stop</source>
        <translation>Nouvel arrêt</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Import de {name}…</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <source>add the stops of {name}</source>
        <translation>ajouter les arrêts de {name}</translation>
    </message>
    <message numerus="yes">
        <source>Added %n stop(s) from {name} to {title}</source>
        <translation>
            <numerusform>%n arrêt de {name} ajouté à {title}</numerusform>
            <numerusform>%n arrêts de {name} ajoutés à {title}</numerusform>
        </translation>
    </message>
    <message>
        <source>import {name}</source>
        <translation>importer {name}</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n stop(s) into {title}</source>
        <translation>
            <numerusform>%n arrêt importé dans {title}</numerusform>
            <numerusform>%n arrêts importés dans {title}</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Écriture de {name}…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Enregistré : {path}</translation>
    </message>
    <message>
        <source>Import a tour</source>
        <translation>Importer une visite</translation>
    </message>
    <message>
        <source>Export the tour</source>
        <translation>Exporter la visite</translation>
    </message>
    <message>
        <source>Printing the run-sheet…</source>
        <translation>Impression du conducteur…</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer</source>
        <translation>
            <numerusform>%n page envoyée à l’imprimante</numerusform>
            <numerusform>%n pages envoyées à l’imprimante</numerusform>
        </translation>
    </message>
    <message>
        <source>This tour has not been rehearsed yet: press Rehearse first.</source>
        <translation>Cette visite n’a pas encore été répétée : appuyez d’abord sur Répéter.</translation>
    </message>
    <message>
        <source>The last rehearsal took what the plan says, stop by stop.</source>
        <translation>La dernière répétition a duré ce que prévoit le plan, arrêt par arrêt.</translation>
    </message>
    <message numerus="yes">
        <source>Set %n planned duration(s) from the rehearsal</source>
        <translation>
            <numerusform>%n durée prévue reprise de la répétition</numerusform>
            <numerusform>%n durées prévues reprises de la répétition</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RehearsalDialog</name>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} à {time}</translation>
    </message>
    <message>
        <source>the rehearsal of {when} ({length})</source>
        <translation>la répétition du {when} ({length})</translation>
    </message>
    <message>
        <source>the rehearsal of {when}</source>
        <translation>la répétition du {when}</translation>
    </message>
    <message>
        <source>Planned durations from the rehearsal</source>
        <translation>Durées prévues d’après la répétition</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêt</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Rehearsed</source>
        <translation>Répété</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>From {rehearsal}. Set the ticked stops&apos; planned durations to their rehearsed times:</source>
        <translation>D’après {rehearsal}. Donner aux arrêts cochés la durée de la répétition :</translation>
    </message>
</context>
<context>
    <name>RemotePanel</name>
    <message>
        <source>Show control</source>
        <translation>Commande à distance</translation>
    </message>
    <message>
        <source>Show control is starting…</source>
        <translation>La commande à distance démarre…</translation>
    </message>
    <message>
        <source>Scan with a phone: the link carries the token.</source>
        <translation>À scanner avec un téléphone : le lien contient le jeton.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Show control is on. Anyone with the token can drive the show.</source>
        <translation>La commande à distance est active. Toute personne qui a le jeton peut piloter l’émission.</translation>
    </message>
</context>
<context>
    <name>RemoteService</name>
    <message>
        <source>Show control is off: {reason}. The show goes on.</source>
        <translation>Commande à distance coupée : {reason}. L’émission continue.</translation>
    </message>
    <message>
        <source>Show control is off: port {port} cannot be used ({reason}); another program may hold it. Start with --remote-port N, or set remote_port. The show goes on.</source>
        <translation>Commande à distance coupée : le port {port} est inutilisable ({reason}) ; un autre programme l’occupe peut-être. Lancez avec --remote-port N, ou réglez remote_port. L’émission continue.</translation>
    </message>
</context>
<context>
    <name>RouteModel</name>
    <message>
        <source>Stop</source>
        <translation>Arrêt</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>of {planned}</source>
        <translation>sur {planned}</translation>
    </message>
</context>
<context>
    <name>SafeFileDialog</name>
    <message>
        <source>{name} is the database this console has open (or one of its own files): choose another file.</source>
        <translation>{name} est la base de données ouverte par cette console (ou l’un de ses fichiers) : choisissez un autre fichier.</translation>
    </message>
</context>
<context>
    <name>ShowBackups</name>
    <message>
        <source>The show ended and is saved, but its backup was not made: {reason}</source>
        <translation>L’émission est terminée et enregistrée, mais sa sauvegarde n’a pas été faite : {reason}</translation>
    </message>
    <message>
        <source>The show ended and is saved, but its backup failed (details in {log}).</source>
        <translation>L’émission est terminée et enregistrée, mais sa sauvegarde a échoué (détails dans {log}).</translation>
    </message>
</context>
<context>
    <name>StopForm</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Artiste</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Technique</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
    <message>
        <source>e.g. 6m, 7m 30s, 6:30</source>
        <translation>p. ex. 6m, 7m 30s, 6:30</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Sans image</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Talking points, in Markdown: **bold**, *italic*, - lists, ### headings</source>
        <translation>Points à aborder, en Markdown : **gras**, *italique*, - listes, ### titres</translation>
    </message>
    <message>
        <source>Talking points (Markdown, preview below)</source>
        <translation>Points à aborder (Markdown, aperçu dessous)</translation>
    </message>
    <message>
        <source>a stop needs a duration</source>
        <translation>un arrêt doit avoir une durée</translation>
    </message>
    <message>
        <source>Pick the stop&apos;s picture</source>
        <translation>Choisir l’image de l’arrêt</translation>
    </message>
</context>
<context>
    <name>StopModel</name>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
</context>
<context>
    <name>StoredCommand</name>
    <message>
        <source>could not save the change</source>
        <translation>impossible d’enregistrer la modification</translation>
    </message>
    <message>
        <source>could not undo</source>
        <translation>impossible d’annuler</translation>
    </message>
    <message>
        <source>{failure}: {edit} ({reason}). Nothing changed.</source>
        <translation>{failure} : {edit} ({reason}). Rien n’a changé.</translation>
    </message>
    <message>
        <source>the database is busy: another program holds it; try again in a moment</source>
        <translation>la base de données est occupée : un autre programme la tient ; réessayez dans un instant</translation>
    </message>
    <message>
        <source>the database is read-only</source>
        <translation>la base de données est en lecture seule</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
</context>
<context>
    <name>TalkingPoints</name>
    <message>
        <source>This tour has no stops yet</source>
        <translation>Cette visite n’a pas encore d’arrêt</translation>
    </message>
    <message>
        <source>STOP {number} OF {count} · PLANNED {planned}</source>
        <translation>ARRÊT {number} SUR {count} · PRÉVU {planned}</translation>
    </message>
    <message>
        <source>UP FIRST · {position}</source>
        <translation>POUR COMMENCER · {position}</translation>
    </message>
    <message>
        <source>Next ›  {title}</source>
        <translation>Suivant ›  {title}</translation>
    </message>
    <message>
        <source>Last stop: then the closing words.</source>
        <translation>Dernier arrêt : ensuite, le mot de la fin.</translation>
    </message>
</context>
<context>
    <name>TourForm</name>
    <message>
        <source>e.g. 1h 30m (empty: no slot)</source>
        <translation>p. ex. 1h 30m (vide : sans créneau)</translation>
    </message>
    <message>
        <source>Introduction (Markdown), said before the first stop</source>
        <translation>Introduction (Markdown), dite avant le premier arrêt</translation>
    </message>
    <message>
        <source>Tour</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Créneau</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
</context>
<context>
    <name>TourList</name>
    <message>
        <source>Search tours, stops, artists…</source>
        <translation>Chercher visites, arrêts, artistes…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s)</source>
        <translation>
            <numerusform>%n arrêt</numerusform>
            <numerusform>%n arrêts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewersPane</name>
    <message>
        <source>count hidden</source>
        <translation>nombre masqué</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>pas encore de réponse</translation>
    </message>
    <message>
        <source>VIEWERS</source>
        <translation>AUDIENCE</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DÉMO</translation>
    </message>
    <message>
        <source>Viewers: no sources yet</source>
        <translation>Audience : aucune source pour l’instant</translation>
    </message>
    <message>
        <source>{arrow} {change} in the last minute</source>
        <translation>{arrow} {change} en une minute</translation>
    </message>
    <message>
        <source>Peak {count} at {time}</source>
        <translation>Pic de {count} à {time}</translation>
    </message>
    <message>
        <source>YouTube quota spent today (Pacific time): {units} units ({quota} a day by default)</source>
        <translation>Quota YouTube utilisé aujourd’hui (heure du Pacifique) : {units} unités ({quota} par jour par défaut)</translation>
    </message>
    <message>
        <source>NOT LIVE</source>
        <translation>PAS EN DIRECT</translation>
    </message>
    <message>
        <source>STALE · {age} old</source>
        <translation>PÉRIMÉ · depuis {age}</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>EN DIRECT</translation>
    </message>
    <message>
        <source>(DEMO)</source>
        <translation>(DÉMO)</translation>
    </message>
    <message>
        <source>stale {age}</source>
        <translation>périmé depuis {age}</translation>
    </message>
    <message>
        <source>retrying in {wait}</source>
        <translation>nouvel essai dans {wait}</translation>
    </message>
    <message>
        <source>★ {count} viewers</source>
        <translation>★ {count} spectateurs</translation>
    </message>
</context>
</TS>
