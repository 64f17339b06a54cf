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
    <name>CameraSource</name>
    <message>
        <source>install VLC 3 (Debian/Ubuntu: sudo apt install libvlc5 vlc-plugin-base; Fedora: sudo dnf install vlc-libs vlc-plugins-base)</source>
        <translation>installez VLC 3 (Debian/Ubuntu : sudo apt install libvlc5 vlc-plugin-base ; Fedora : sudo dnf install vlc-libs vlc-plugins-base)</translation>
    </message>
    <message>
        <source>install VLC 3 (64-bit) from https://www.videolan.org</source>
        <translation>installez VLC 3 (64 bits) depuis https://www.videolan.org</translation>
    </message>
    <message>
        <source>install VLC 3 from https://www.videolan.org into /Applications</source>
        <translation>installez VLC 3 depuis https://www.videolan.org dans /Applications</translation>
    </message>
    <message>
        <source>camera preview unavailable: {reason}; {hint}</source>
        <translation>aperçu caméra indisponible : {reason} ; {hint}</translation>
    </message>
    <message>
        <source>PYTHON_VLC_LIB_PATH or PYTHON_VLC_MODULE_PATH points to no usable libvlc (unset or fix them)</source>
        <translation>PYTHON_VLC_LIB_PATH ou PYTHON_VLC_MODULE_PATH ne désigne aucune libvlc utilisable (supprimez-les ou corrigez-les)</translation>
    </message>
    <message>
        <source>libvlc could not be loaded ({error})</source>
        <translation>impossible de charger libvlc ({error})</translation>
    </message>
    <message>
        <source>libvlc was not found ({error})</source>
        <translation>libvlc introuvable ({error})</translation>
    </message>
    <message>
        <source>libvlc started without its plugins (the VLC installation is incomplete)</source>
        <translation>libvlc a démarré sans ses modules (l’installation de VLC est incomplète)</translation>
    </message>
    <message>
        <source>no camera source given (an MRL such as rtsp://host/stream, or a file)</source>
        <translation>aucune source caméra indiquée (une MRL comme rtsp://hôte/flux, ou un fichier)</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>caméra</translation>
    </message>
    <message>
        <source>a camera source cannot contain control characters</source>
        <translation>une source caméra ne peut pas contenir de caractères de contrôle</translation>
    </message>
    <message>
        <source>no such file, and not an MRL (e.g. rtsp://, srt://, udp://@:1234)</source>
        <translation>fichier introuvable, et ce n’est pas une MRL (p. ex. rtsp://, srt://, udp://@:1234)</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>unknown source type &apos;{scheme}://&apos; (known: {known})</source>
        <translation>type de source inconnu « {scheme}:// » (connus : {known})</translation>
    </message>
    <message>
        <source>the address is missing after the scheme</source>
        <translation>l’adresse manque après le schéma</translation>
    </message>
    <message>
        <source>{mrl}: libvlc cannot read this source address</source>
        <translation>{mrl} : libvlc ne sait pas lire cette adresse de source</translation>
    </message>
    <message>
        <source>{mrl}: libvlc could not start playing it</source>
        <translation>{mrl} : libvlc n’a pas pu en lancer la lecture</translation>
    </message>
    <message>
        <source>{mrl}: libvlc could not open or read this source</source>
        <translation>{mrl} : libvlc n’a pas pu ouvrir ni lire cette source</translation>
    </message>
    <message>
        <source>{mrl}: no picture within {timeout:g} s (is anything sending to it?)</source>
        <translation>{mrl} : aucune image en {timeout:g} s (quelque chose l’alimente-t-il ?)</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>(mark)</source>
        <translation>(repère)</translation>
    </message>
</context>
<context>
    <name>ChatSource</name>
    <message>
        <source>stopped: the day&apos;s YouTube quota would not last until the show ends</source>
        <translation>arrêté : le quota YouTube du jour ne tiendrait pas jusqu&apos;à la fin de l&apos;émission</translation>
    </message>
    <message>
        <source>chat source {spec}</source>
        <translation>source de chat {spec}</translation>
    </message>
    <message>
        <source>a YouTube video id is 6-64 letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>un identifiant de vidéo YouTube compte 6 à 64 lettres, chiffres, « - » ou « _ »</translation>
    </message>
    <message>
        <source>a Twitch login is letters, digits and &apos;_&apos;</source>
        <translation>un identifiant Twitch se compose de lettres, de chiffres et de « _ »</translation>
    </message>
    <message>
        <source>unknown kind: use youtube-chat:VIDEO_ID, twitch-chat:LOGIN or demo-chat</source>
        <translation>type inconnu : utilisez youtube-chat:VIDEO_ID, twitch-chat:LOGIN ou demo-chat</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>le serveur a fermé la connexion</translation>
    </message>
    <message>
        <source>the server asked to reconnect</source>
        <translation>le serveur a demandé de se reconnecter</translation>
    </message>
    <message>
        <source>connection lost ({name})</source>
        <translation>connexion perdue ({name})</translation>
    </message>
    <message>
        <source>{reason}; again in {seconds:.0f} s</source>
        <translation>{reason} ; nouvel essai dans {seconds:.0f} s</translation>
    </message>
    <message>
        <source>Twitch refused the login</source>
        <translation>Twitch a refusé la connexion</translation>
    </message>
    <message>
        <source>the live chat has ended</source>
        <translation>le chat en direct est terminé</translation>
    </message>
    <message>
        <source>the live chat is disabled</source>
        <translation>le chat en direct est désactivé</translation>
    </message>
    <message>
        <source>bad answer: {refused}</source>
        <translation>réponse invalide : {refused}</translation>
    </message>
    <message>
        <source>no such video: check the video id</source>
        <translation>vidéo introuvable : vérifiez l&apos;identifiant de la vidéo</translation>
    </message>
    <message>
        <source>the broadcast has ended</source>
        <translation>la diffusion est terminée</translation>
    </message>
    <message>
        <source>the broadcast has not started yet</source>
        <translation>la diffusion n&apos;a pas encore commencé</translation>
    </message>
    <message>
        <source>bad answer: not an object</source>
        <translation>réponse invalide : ce n&apos;est pas un objet</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>no duration</source>
        <translation>aucune durée</translation>
    </message>
    <message>
        <source>no talking points</source>
        <translation>aucun point à aborder</translation>
    </message>
    <message>
        <source>the image &apos;{image}&apos; is missing</source>
        <translation>l’image « {image} » est absente</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <source>Stop {number} ({title}): {warning}</source>
        <translation>Arrêt {number} ({title}) : {warning}</translation>
    </message>
    <message>
        <source>The tour has no stops yet</source>
        <translation>La visite n’a encore aucun arrêt</translation>
    </message>
    <message>
        <source>The tour is over its {slot} slot by {over}</source>
        <translation>La visite dépasse son créneau de {slot} de {over}</translation>
    </message>
    <message>
        <source>OVER by {over}</source>
        <translation>DÉPASSÉ de {over}</translation>
    </message>
    <message>
        <source>{spare} spare</source>
        <translation>{spare} de marge</translation>
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
        <source>adopted · A reverts</source>
        <translation>adopté · A annule</translation>
    </message>
    <message>
        <source>A adopts</source>
        <translation>A pour adopter</translation>
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
        <source>Review is shut while a show is on air: end the show to review past ones.</source>
        <translation>Revoir est fermé à l’antenne : finissez d’abord l’émission.</translation>
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
        <source>Review</source>
        <translation>Revoir</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
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
    <name>ContentLanguages</name>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>talking points</source>
        <translation>points à aborder</translation>
    </message>
    <message>
        <source>location</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>technique</translation>
    </message>
    <message>
        <source>{language} — not translated: {fields}</source>
        <translation>{language} — non traduit : {fields}</translation>
    </message>
    <message>
        <source>{language} — not translated</source>
        <translation>{language} — non traduit</translation>
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
    <name>Durations</name>
    <message>
        <source>the duration is empty</source>
        <translation>la durée est vide</translation>
    </message>
    <message>
        <source>&apos;{text}…&apos; is not a duration: far too long</source>
        <translation>« {text}… » n’est pas une durée : beaucoup trop long</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a valid time: minutes and seconds go up to 59</source>
        <translation>« {text} » n’est pas une heure valide : minutes et secondes vont jusqu’à 59</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a duration; write it like 90s, 6m, 7m 30s, 1h30m, 6:30 or 1:30:00</source>
        <translation>« {text} » n’est pas une durée ; écrivez par exemple 90s, 6m, 7m 30s, 1h30m, 6:30 ou 1:30:00</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is too long: nothing in a show lasts more than {limit}</source>
        <translation>« {text} » est trop long : rien dans une émission ne dure plus de {limit}</translation>
    </message>
    <message>
        <source>must be longer than zero</source>
        <translation>doit être supérieure à zéro</translation>
    </message>
    <message>
        <source>{duration} is too long: at most {limit}</source>
        <translation>{duration}, c’est trop long : {limit} au plus</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} jours</translation>
    </message>
</context>
<context>
    <name>Encoder</name>
    <message>
        <source>not an encoder address (obs://HOST:PORT)</source>
        <translation>pas une adresse d’encodeur (obs://HÔTE:PORT)</translation>
    </message>
    <message>
        <source>the port is not a number from 1 to 65535 in {text}</source>
        <translation>le port n’est pas un nombre de 1 à 65535 dans {text}</translation>
    </message>
    <message>
        <source>{text} is not obs://HOST:PORT (only OBS is supported)</source>
        <translation>{text} n’est pas obs://HÔTE:PORT (seul OBS est pris en charge)</translation>
    </message>
    <message>
        <source>no password in the address: put it in the keyring or CICERONE_OBS_PASSWORD</source>
        <translation>pas de mot de passe dans l’adresse : mettez-le dans le trousseau ou dans CICERONE_OBS_PASSWORD</translation>
    </message>
    <message>
        <source>{text} has more than HOST:PORT</source>
        <translation>{text} contient plus que HÔTE:PORT</translation>
    </message>
    <message>
        <source>OBS did not answer {request} within {seconds:g} s</source>
        <translation>OBS n’a pas répondu à {request} en {seconds:g} s</translation>
    </message>
    <message>
        <source>OBS refused {request}: {comment}</source>
        <translation>OBS a refusé {request} : {comment}</translation>
    </message>
    <message>
        <source>OBS is not answering at {address} (is OBS open, with its WebSocket server on?)</source>
        <translation>OBS ne répond pas à {address} (OBS est-il ouvert, avec son serveur WebSocket activé ?)</translation>
    </message>
    <message>
        <source>no answer from {address} within {seconds:g} s</source>
        <translation>pas de réponse de {address} en {seconds:g} s</translation>
    </message>
    <message>
        <source>{address} accepted the connection but never said Hello: not obs-websocket v5?</source>
        <translation>{address} a accepté la connexion sans jamais envoyer Hello : pas obs-websocket v5 ?</translation>
    </message>
    <message>
        <source>OBS did not confirm the connection within {seconds:g} s</source>
        <translation>OBS n’a pas confirmé la connexion en {seconds:g} s</translation>
    </message>
    <message>
        <source>connecting to OBS</source>
        <translation>connexion à OBS</translation>
    </message>
    <message>
        <source>OBS refused the password (check the keyring&apos;s obs_password or CICERONE_OBS_PASSWORD)</source>
        <translation>OBS a refusé le mot de passe (vérifiez obs_password dans le trousseau ou CICERONE_OBS_PASSWORD)</translation>
    </message>
    <message>
        <source>this OBS does not speak obs-websocket v5</source>
        <translation>cet OBS ne parle pas obs-websocket v5</translation>
    </message>
    <message>
        <source>OBS ended the session (another client took over, or OBS is closing)</source>
        <translation>OBS a mis fin à la session (un autre client a pris la main, ou OBS se ferme)</translation>
    </message>
    <message>
        <source>OBS asks for a password: put it in the keyring (obs_password) or CICERONE_OBS_PASSWORD</source>
        <translation>OBS demande un mot de passe : mettez-le dans le trousseau (obs_password) ou dans CICERONE_OBS_PASSWORD</translation>
    </message>
    <message>
        <source>the server at this address is not obs-websocket v5 (OBS 28 or later)</source>
        <translation>le serveur à cette adresse n’est pas obs-websocket v5 (OBS 28 ou plus récent)</translation>
    </message>
    <message>
        <source>OBS closed the connection (code {code})</source>
        <translation>OBS a fermé la connexion (code {code})</translation>
    </message>
    <message>
        <source>the connection to OBS dropped</source>
        <translation>la connexion à OBS a été perdue</translation>
    </message>
</context>
<context>
    <name>EncoderLine</name>
    <message>
        <source>ENCODER</source>
        <translation>ENCODEUR</translation>
    </message>
    <message>
        <source>NO ANSWER · {age} old</source>
        <translation>SANS RÉPONSE · depuis {age}</translation>
    </message>
    <message>
        <source>ENCODER ?</source>
        <translation>ENCODEUR ?</translation>
    </message>
    <message>
        <source>RECONNECTING</source>
        <translation>RECONNEXION</translation>
    </message>
    <message>
        <source>ON AIR</source>
        <translation>À L’ANTENNE</translation>
    </message>
    <message>
        <source>OFF AIR</source>
        <translation>HORS ANTENNE</translation>
    </message>
    <message>
        <source>● REC {duration}</source>
        <translation>● ENR {duration}</translation>
    </message>
    <message>
        <source>● REC</source>
        <translation>● ENR</translation>
    </message>
    <message>
        <source>{rate} kb/s</source>
        <translation>{rate} kb/s</translation>
    </message>
    <message>
        <source>dropped {share} (1 min)</source>
        <translation>perdues {share} (1 min)</translation>
    </message>
    <message>
        <source>congestion {share}</source>
        <translation>congestion {share}</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>reconnexion en cours</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>The stream stopped at {time} — the encoder says: {state}</source>
        <translation>Le direct s’est arrêté à {time} — l’encodeur indique : {state}</translation>
    </message>
    <message>
        <source>The show is live but the encoder is not streaming — it says: {state}</source>
        <translation>L’émission est en direct mais l’encodeur ne diffuse pas — il indique : {state}</translation>
    </message>
    <message>
        <source>The encoder is dropping frames: {share} over the last {seconds} s</source>
        <translation>L’encodeur perd des images : {share} sur les {seconds} dernières secondes</translation>
    </message>
    <message>
        <source>no recent answer</source>
        <translation>pas de réponse récente</translation>
    </message>
    <message>
        <source>The encoder&apos;s state is unknown — {reason}</source>
        <translation>L’état de l’encodeur est inconnu — {reason}</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>it is a folder</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <source>it is a device</source>
        <translation>c’est un périphérique</translation>
    </message>
    <message>
        <source>it is a pipe (FIFO)</source>
        <translation>c’est un tube (FIFO)</translation>
    </message>
    <message>
        <source>it is a socket</source>
        <translation>c’est un socket</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>ce n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>{path}: refusing to write here: {reason}</source>
        <translation>{path} : écriture refusée ici : {reason}</translation>
    </message>
    <message>
        <source>it cannot be examined ({reason})</source>
        <translation>impossible de l’examiner ({reason})</translation>
    </message>
    <message>
        <source>it is the database in use ({database})</source>
        <translation>c’est la base de données en cours d’utilisation ({database})</translation>
    </message>
    <message>
        <source>it is the database&apos;s {suffix} file ({database})</source>
        <translation>c’est le fichier {suffix} de la base de données ({database})</translation>
    </message>
    <message>
        <source>{path}: {reason}, not a regular file</source>
        <translation>{path} : {reason}, ce n’est pas un fichier ordinaire</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>min must be longer than zero (write &apos;optional: yes&apos; to skip)</source>
        <translation>min doit être supérieur à zéro (écrivez « optional: yes » pour pouvoir sauter l&apos;arrêt)</translation>
    </message>
    <message>
        <source>min ({min}) is longer than the planned {planned}</source>
        <translation>min ({min}) dépasse la durée prévue de {planned}</translation>
    </message>
    <message>
        <source>latest must be a show time between 0:00 and the longest slot</source>
        <translation>latest doit être un moment de l&apos;émission entre 0:00 et le plus long créneau</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>le nom est vide</translation>
    </message>
    <message>
        <source>the name starts with &apos;.&apos; (a hidden file, or a way out of the folder)</source>
        <translation>le nom commence par « . » (un fichier caché, ou une sortie du dossier)</translation>
    </message>
    <message>
        <source>the name holds a path separator, &apos;:&apos; or a control character</source>
        <translation>le nom contient un séparateur de chemin, « : » ou un caractère de contrôle</translation>
    </message>
    <message>
        <source>an image is named relative to the tour file, not by an absolute path</source>
        <translation>une image se nomme par rapport au fichier de la visite, pas par un chemin absolu</translation>
    </message>
    <message>
        <source>an image must lie in the tour file&apos;s folder or below it (no &apos;..&apos;)</source>
        <translation>une image doit se trouver dans le dossier du fichier de la visite ou en dessous (pas de « .. »)</translation>
    </message>
    <message>
        <source>the name is the tour file&apos;s own</source>
        <translation>le nom est celui du fichier de la visite lui-même</translation>
    </message>
    <message>
        <source>unknown tour file type &apos;{suffix}&apos; (known: {known})</source>
        <translation>type de fichier de visite inconnu « {suffix} » (connus : {known})</translation>
    </message>
    <message>
        <source>--language: &apos;{code}&apos; is not a language code (like en, fr, zh)</source>
        <translation>--language : « {code} » n’est pas un code de langue (comme en, fr, zh)</translation>
    </message>
    <message>
        <source>--language: &apos;{code}&apos; is already one of the translated languages</source>
        <translation>--language : « {code} » est déjà l’une des langues traduites</translation>
    </message>
    <message>
        <source>--language {code}: the file&apos;s main language is &apos;{main}&apos;</source>
        <translation>--language {code} : la langue principale du fichier est « {main} »</translation>
    </message>
    <message>
        <source>--language is for the printed run-sheet (--format pdf); a {format} export carries every language</source>
        <translation>--language sert au déroulé imprimé (--format pdf) ; un export {format} contient toutes les langues</translation>
    </message>
    <message>
        <source>the tour has no talking points in &apos;{code}&apos; (it has: {have})</source>
        <translation>la visite n’a pas de commentaires en « {code} » (elle a : {have})</translation>
    </message>
    <message>
        <source>cannot export as {fmt}: {reason}, which the file could not give back (edit it in Prepare)</source>
        <translation>impossible d’exporter en {fmt} : {reason}, ce que le fichier ne pourrait pas restituer (corrigez-le dans Préparer)</translation>
    </message>
    <message>
        <source>the tour is too large for a {fmt} file (over {megabytes} MB, the most an import reads): shorten its talking points</source>
        <translation>la visite est trop grande pour un fichier {fmt} (plus de {megabytes} Mo, le maximum qu’un import lit) : raccourcissez ses points à aborder</translation>
    </message>
    <message>
        <source>{path}: cannot write the file ({strerror})</source>
        <translation>{path} : impossible d’écrire le fichier ({strerror})</translation>
    </message>
    <message>
        <source>the export&apos;s images folder is taken by a file of that name</source>
        <translation>le dossier d’images de l’export est pris par un fichier du même nom</translation>
    </message>
    <message>
        <source>the file is larger than {gigabytes} GB</source>
        <translation>le fichier dépasse {gigabytes} Go</translation>
    </message>
    <message>
        <source>not a Cicerone bundle (the file is not a zip archive)</source>
        <translation>pas un paquet Cicerone (le fichier n’est pas une archive zip)</translation>
    </message>
    <message>
        <source>stop {number} ({title})</source>
        <translation>arrêt {number} ({title})</translation>
    </message>
    <message>
        <source>{wanted}: the image &apos;{member}&apos; is refused: {problem}</source>
        <translation>{wanted} : l’image « {member} » est refusée : {problem}</translation>
    </message>
    <message>
        <source>stop {number} ({title}): the image &apos;{image}&apos; is not in the bundle</source>
        <translation>arrêt {number} ({title}) : l’image « {image} » n’est pas dans le paquet</translation>
    </message>
    <message>
        <source>not a Cicerone bundle: there is no {member} at its root</source>
        <translation>pas un paquet Cicerone : il n’y a pas de {member} à sa racine</translation>
    </message>
    <message>
        <source>the bundle holds {count} entries; at most {most} are allowed</source>
        <translation>le paquet contient {count} éléments ; {most} au plus sont admis</translation>
    </message>
    <message>
        <source>the bundle entry &apos;{member}&apos; is a symbolic link</source>
        <translation>l’élément « {member} » du paquet est un lien symbolique</translation>
    </message>
    <message>
        <source>the bundle entry &apos;{member}&apos; is larger than {megabytes} MB</source>
        <translation>l’élément « {member} » du paquet dépasse {megabytes} Mo</translation>
    </message>
    <message>
        <source>the bundle holds &apos;{member}&apos; twice</source>
        <translation>le paquet contient deux fois « {member} »</translation>
    </message>
    <message>
        <source>the bundle unpacks to more than {megabytes} MB</source>
        <translation>le paquet décompressé dépasse {megabytes} Mo</translation>
    </message>
    <message>
        <source>the bundle entry &apos;{member}&apos; points outside the bundle; refusing it</source>
        <translation>l’élément « {member} » du paquet pointe hors du paquet ; il est refusé</translation>
    </message>
    <message>
        <source>the bundle entry &apos;{member}&apos;</source>
        <translation>l’élément « {member} » du paquet</translation>
    </message>
    <message>
        <source>{where} inflates past {megabytes} MB</source>
        <translation>{where} dépasse {megabytes} Mo une fois décompressé</translation>
    </message>
    <message>
        <source>{where} inflates more than {ratio} times its packed size (a zip bomb, not a picture)</source>
        <translation>{where} se décompresse à plus de {ratio} fois sa taille compressée (une bombe zip, pas une image)</translation>
    </message>
    <message>
        <source>{where} cannot be read ({error})</source>
        <translation>{where} est illisible ({error})</translation>
    </message>
    <message>
        <source>a quoted cell in the row that starts here is never closed (a &quot; is missing)</source>
        <translation>une cellule entre guillemets de la ligne qui commence ici n’est jamais fermée (il manque un &quot;)</translation>
    </message>
    <message>
        <source>not valid CSV: {error}</source>
        <translation>CSV non valide : {error}</translation>
    </message>
    <message>
        <source>the first row must name the columns (title, duration, ...)</source>
        <translation>la première ligne doit nommer les colonnes (title, duration, …)</translation>
    </message>
    <message>
        <source>the sheet has no stops: one row per stop below the header</source>
        <translation>le tableau n’a aucun arrêt : une ligne par arrêt sous l’en-tête</translation>
    </message>
    <message>
        <source>the tour needs a title (--title)</source>
        <translation>la visite a besoin d’un titre (--title)</translation>
    </message>
    <message>
        <source>the column &apos;{column}&apos;: only {columns} take a language in brackets</source>
        <translation>la colonne « {column} » : seules {columns} prennent une langue entre parenthèses</translation>
    </message>
    <message>
        <source>the column &apos;{column} ({code})&apos;: &apos;{code}&apos; is not a language code (like en, fr, zh)</source>
        <translation>la colonne « {column} ({code}) » : « {code} » n’est pas un code de langue (comme en, fr, zh)</translation>
    </message>
    <message>
        <source>the column &apos;{column} ({code})&apos;: the columns without a language are the main language&apos;s</source>
        <translation>la colonne « {column} ({code}) » : les colonnes sans langue sont celles de la langue principale</translation>
    </message>
    <message>
        <source>the column &apos;{column}&apos; appears twice</source>
        <translation>la colonne « {column} » apparaît deux fois</translation>
    </message>
    <message>
        <source>the sheet has columns in more than {count} languages</source>
        <translation>la feuille a des colonnes dans plus de {count} langues</translation>
    </message>
    <message>
        <source>unknown columns: {columns} (known: {known}; or their French or Spanish names, such as Titre, Durée or Título, Duración)</source>
        <translation>colonnes inconnues : {columns} (connues : {known} ; ou leurs noms français ou espagnols, comme Titre, Durée ou Título, Duración)</translation>
    </message>
    <message>
        <source>the sheet has no &apos;{column}&apos; column</source>
        <translation>le tableau n’a pas de colonne « {column} »</translation>
    </message>
    <message>
        <source>a value in column {number}, which has no header: &apos;{cell}&apos;</source>
        <translation>une valeur dans la colonne {number}, qui n’a pas d’en-tête : « {cell} »</translation>
    </message>
    <message>
        <source>the {column} cell</source>
        <translation>la cellule {column}</translation>
    </message>
    <message>
        <source>this row has no title</source>
        <translation>cette ligne n’a pas de titre</translation>
    </message>
    <message>
        <source>duration of &apos;{title}&apos;</source>
        <translation>durée de « {title} »</translation>
    </message>
    <message>
        <source>stop {number} ({title}): its {column} ({count:,} characters) is too long for a CSV cell (at most {most:,} as written); export Markdown or JSON</source>
        <translation>arrêt {number} ({title}) : son {column} ({count} caractères) est trop long pour une cellule CSV ({most} au plus, tel qu’écrit) ; exportez en Markdown ou en JSON</translation>
    </message>
    <message>
        <source>it is not a picture (the console takes {types})</source>
        <translation>ce n’est pas une image (la console accepte {types})</translation>
    </message>
    <message>
        <source>the {kind} header is damaged (no width or height)</source>
        <translation>l’en-tête {kind} est abîmé (ni largeur ni hauteur)</translation>
    </message>
    <message>
        <source>the PNG header is damaged (no IHDR)</source>
        <translation>l’en-tête PNG est abîmé (pas d’IHDR)</translation>
    </message>
    <message>
        <source>the JPEG header is damaged (a segment does not start with a marker)</source>
        <translation>l’en-tête JPEG est abîmé (un segment ne commence pas par un marqueur)</translation>
    </message>
    <message>
        <source>the JPEG header is damaged (no frame header)</source>
        <translation>l’en-tête JPEG est abîmé (pas d’en-tête de trame)</translation>
    </message>
    <message>
        <source>the WebP header is damaged (no VP8, VP8L or VP8X chunk)</source>
        <translation>l’en-tête WebP est abîmé (pas de bloc VP8, VP8L ni VP8X)</translation>
    </message>
    <message>
        <source>not valid JSON: {msg}</source>
        <translation>JSON non valide : {msg}</translation>
    </message>
    <message>
        <source>a number far too large for a tour</source>
        <translation>un nombre bien trop grand pour une visite</translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>le niveau supérieur doit être un objet JSON</translation>
    </message>
    <message>
        <source>not a Cicerone tour: &quot;format&quot; must be &quot;{tour_format}&quot;</source>
        <translation>pas une visite Cicerone : « format » doit valoir « {tour_format} »</translation>
    </message>
    <message>
        <source>unsupported tour version {version} (this Cicerone reads versions 1 and 2)</source>
        <translation>version de visite non prise en charge {version} (ce Cicerone lit les versions 1 et 2)</translation>
    </message>
    <message>
        <source>&quot;title&quot; must be a non-empty string</source>
        <translation>« title » doit être une chaîne non vide</translation>
    </message>
    <message>
        <source>arrays and objects nest deeper than {depth} levels (a tour needs 3)</source>
        <translation>tableaux et objets imbriqués sur plus de {depth} niveaux (une visite en demande 3)</translation>
    </message>
    <message>
        <source>&quot;slot_s&quot; must be a whole number of seconds above zero and at most {seconds} ({limit}), or null</source>
        <translation>« slot_s » doit être un nombre entier de secondes supérieur à zéro et d’au plus {seconds} ({limit}), ou null</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a string</source>
        <translation>« {key} » doit être une chaîne</translation>
    </message>
    <message>
        <source>the tour</source>
        <translation>la visite</translation>
    </message>
    <message>
        <source>&quot;stops&quot; must be a non-empty list</source>
        <translation>« stops » doit être une liste non vide</translation>
    </message>
    <message>
        <source>stop {number}</source>
        <translation>arrêt {number}</translation>
    </message>
    <message>
        <source>{where} must be an object</source>
        <translation>{where} doit être un objet</translation>
    </message>
    <message>
        <source>{where} has unknown fields: {fields}</source>
        <translation>{where} a des champs inconnus : {fields}</translation>
    </message>
    <message>
        <source>{where}: &quot;title&quot; must be a non-empty string</source>
        <translation>{where} : « title » doit être une chaîne non vide</translation>
    </message>
    <message>
        <source>{where} ({title}): &quot;duration_s&quot; must be a whole number of seconds above zero and at most {seconds} ({limit})</source>
        <translation>{where} ({title}) : « duration_s » doit être un nombre entier de secondes supérieur à zéro et d’au plus {seconds} ({limit})</translation>
    </message>
    <message>
        <source>{where} ({title}): &quot;{key}&quot; must be a string</source>
        <translation>{where} ({title}) : « {key} » doit être une chaîne</translation>
    </message>
    <message>
        <source>{where} ({title})</source>
        <translation>{where} ({title})</translation>
    </message>
    <message>
        <source>{where} ({title}): the image {image} is refused: {problem}</source>
        <translation>{where} ({title}) : l’image {image} est refusée : {problem}</translation>
    </message>
    <message>
        <source>{where}: &quot;{key}&quot; must be a whole number of seconds (at least 0), or null</source>
        <translation>{where} : « {key} » doit être un nombre entier de secondes (au moins 0), ou null</translation>
    </message>
    <message>
        <source>{where}: &quot;optional&quot; must be true or false</source>
        <translation>{where} : « optional » doit valoir true ou false</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where} : {problem}</translation>
    </message>
    <message>
        <source>&quot;languages&quot; must be a list of language codes (&quot;en&quot;, &quot;fr&quot;, &quot;zh&quot;)</source>
        <translation>« languages » doit être une liste de codes de langue (« en », « fr », « zh »)</translation>
    </message>
    <message>
        <source>&quot;languages&quot; lists more than {count} languages</source>
        <translation>« languages » liste plus de {count} langues</translation>
    </message>
    <message>
        <source>&quot;languages&quot;: {code} is not a language code (like &quot;en&quot;, &quot;fr&quot;, &quot;zh&quot;)</source>
        <translation>« languages » : {code} n’est pas un code de langue (comme « en », « fr », « zh »)</translation>
    </message>
    <message>
        <source>&quot;languages&quot; lists &quot;{code}&quot; twice</source>
        <translation>« languages » liste « {code} » deux fois</translation>
    </message>
    <message>
        <source>&quot;language&quot; (&quot;{main}&quot;) must be one of &quot;languages&quot;</source>
        <translation>« language » (« {main} ») doit faire partie de « languages »</translation>
    </message>
    <message>
        <source>{where}: &quot;translations&quot; must be an object of languages</source>
        <translation>{where} : « translations » doit être un objet de langues</translation>
    </message>
    <message>
        <source>{where}: a translation into &quot;{code}&quot;, which is not one of the tour&apos;s other &quot;languages&quot; ({declared})</source>
        <translation>{where} : une traduction en « {code} », qui n’est pas l’une des autres « languages » de la visite ({declared})</translation>
    </message>
    <message>
        <source>{where}: the &quot;{code}&quot; translation must be an object</source>
        <translation>{where} : la traduction « {code} » doit être un objet</translation>
    </message>
    <message>
        <source>{where}: the &quot;{code}&quot; translation has unknown fields: {fields}</source>
        <translation>{where} : la traduction « {code} » a des champs inconnus : {fields}</translation>
    </message>
    <message>
        <source>{where}: &quot;{name}&quot; in the &quot;{code}&quot; translation must be a string</source>
        <translation>{where} : « {name} » dans la traduction « {code} » doit être une chaîne</translation>
    </message>
    <message>
        <source>stop {number}: &quot;{key}&quot;</source>
        <translation>étape {number} : « {key} »</translation>
    </message>
    <message>
        <source>stop {number}: &quot;{key}&quot; ({code})</source>
        <translation>étape {number} : « {key} » ({code})</translation>
    </message>
    <message>
        <source>the stop&apos;s title</source>
        <translation>le titre de l’arrêt</translation>
    </message>
    <message>
        <source>a stop heading (&apos;## &apos;) has no title</source>
        <translation>un titre d’arrêt (« ## ») n’a pas de texte</translation>
    </message>
    <message>
        <source>the {code} translation (&apos;{title}&apos;)</source>
        <translation>la traduction {code} (« {title} »)</translation>
    </message>
    <message>
        <source>stop &apos;{title}&apos;</source>
        <translation>l’étape « {title} »</translation>
    </message>
    <message>
        <source>{where} is translated into &apos;{code}&apos; twice</source>
        <translation>{where} est traduite deux fois en « {code} »</translation>
    </message>
    <message>
        <source>the {code} title</source>
        <translation>le titre {code}</translation>
    </message>
    <message>
        <source>under the heading of {heading}, expected a field such as &apos;{example}&apos; or a blank line before the talking points</source>
        <translation>sous le titre de {heading}, un champ comme « {example} » ou une ligne vide avant les commentaires est attendu</translation>
    </message>
    <message>
        <source>unknown field &apos;{field}&apos; ({kind} fields are {fields}); leave a blank line before the talking points</source>
        <translation>champ inconnu « {field} » (les champs {kind} sont {fields}) ; laissez une ligne vide avant les commentaires</translation>
    </message>
    <message>
        <source>the field &apos;{key}&apos; is given twice for this stop</source>
        <translation>le champ « {key} » est donné deux fois pour cet arrêt</translation>
    </message>
    <message>
        <source>a code block (```) is never closed</source>
        <translation>un bloc de code (```) n’est jamais fermé</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>le titre</translation>
    </message>
    <message>
        <source>the tour has no title: add &apos;title:&apos; to the front matter or a &apos;# &apos; heading</source>
        <translation>la visite n’a pas de titre : ajoutez « title: » à l’en-tête ou un titre « # »</translation>
    </message>
    <message>
        <source>the tour has no stops: each stop starts with a &apos;## &apos; heading</source>
        <translation>la visite n’a aucun arrêt : chaque arrêt commence par un titre « ## »</translation>
    </message>
    <message>
        <source>the introduction</source>
        <translation>l’introduction</translation>
    </message>
    <message>
        <source>translated ({code})</source>
        <translation>traduits ({code})</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>d’étape</translation>
    </message>
    <message>
        <source>the talking points of {heading}</source>
        <translation>les commentaires de {heading}</translation>
    </message>
    <message>
        <source>the {code} introduction</source>
        <translation>l’introduction {code}</translation>
    </message>
    <message>
        <source>expected &apos;key: value&apos; in the front matter</source>
        <translation>« clé: valeur » attendu dans l’en-tête</translation>
    </message>
    <message>
        <source>unknown front matter key &apos;{key}&apos; (known: {keys})</source>
        <translation>clé d’en-tête inconnue « {key} » (connues : {keys})</translation>
    </message>
    <message>
        <source>the front matter that starts on line 1 is never closed with &apos;---&apos;</source>
        <translation>l’en-tête qui commence à la ligne 1 n’est jamais fermé par « --- »</translation>
    </message>
    <message>
        <source>{what}: {error}</source>
        <translation>{what} : {error}</translation>
    </message>
    <message>
        <source>stop &apos;{title}&apos; has no &apos;duration:&apos; field</source>
        <translation>l’arrêt « {title} » n’a pas de champ « duration: »</translation>
    </message>
    <message>
        <source>optional: &apos;{text}&apos; is neither yes nor no</source>
        <translation>optional : « {text} » n&apos;est ni yes ni no</translation>
    </message>
    <message>
        <source>latest is not a show time such as 1:30:00: {error}</source>
        <translation>latest n&apos;est pas un moment de l&apos;émission comme 1:30:00 : {error}</translation>
    </message>
    <message>
        <source>the image &apos;{relative}&apos; is refused: {problem}</source>
        <translation>l’image « {relative} » est refusée : {problem}</translation>
    </message>
    <message>
        <source>an image can only be read from a tour file on disk</source>
        <translation>une image ne se lit que depuis un fichier de visite sur disque</translation>
    </message>
    <message>
        <source>the image &apos;{relative}&apos; cannot be read: {reason} (looked in {base_dir})</source>
        <translation>l’image « {relative} » est illisible : {reason} (cherchée dans {base_dir})</translation>
    </message>
    <message>
        <source>the file is larger than {size}</source>
        <translation>le fichier dépasse {size}</translation>
    </message>
    <message>
        <source>{reason}, not a regular file</source>
        <translation>{reason}, pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>it is a folder, not a regular file</source>
        <translation>c’est un dossier, pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>cannot read the file ({reason})</source>
        <translation>impossible de lire le fichier ({reason})</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (save it as UTF-8 in your editor or spreadsheet)</source>
        <translation>le fichier n’est pas du texte UTF-8 (enregistrez-le en UTF-8 dans votre éditeur ou tableur)</translation>
    </message>
    <message>
        <source>the file holds a NUL character: it is not a text file</source>
        <translation>le fichier contient un caractère NUL : ce n’est pas un fichier texte</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>un saut de ligne</translation>
    </message>
    <message>
        <source>a control character</source>
        <translation>un caractère de contrôle</translation>
    </message>
    <message>
        <source>a lone surrogate, which is no character</source>
        <translation>un demi-code isolé, qui n’est pas un caractère</translation>
    </message>
    <message>
        <source>{what} holds {kind} (U+{ord:04X})</source>
        <translation>{what} contient {kind} (U+{ord:04X})</translation>
    </message>
</context>
<context>
    <name>HitModel</name>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Tour</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Show time</source>
        <translation>Temps d’émission</translation>
    </message>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
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
        <source>The dropped data is not a picture Cicerone can show</source>
        <translation>Les données déposées ne sont pas une image que Cicerone sait afficher</translation>
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
    <name>InputError</name>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path} : {reason}</translation>
    </message>
    <message>
        <source>{path}, line {line}: {reason}</source>
        <translation>{path}, ligne {line} : {reason}</translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <source>JSON nested deeper than {depth} levels</source>
        <translation>JSON imbriqué sur plus de {depth} niveaux</translation>
    </message>
    <message>
        <source>not JSON (not UTF-8 text)</source>
        <translation>pas du JSON (pas du texte UTF-8)</translation>
    </message>
    <message>
        <source>not JSON ({msg} at line {line} column {column})</source>
        <translation>pas du JSON ({msg} ligne {line}, colonne {column})</translation>
    </message>
    <message>
        <source>not JSON we read (a number over {limit} digits, or nested too deep)</source>
        <translation>JSON illisible pour nous (un nombre de plus de {limit} chiffres, ou une imbrication trop profonde)</translation>
    </message>
</context>
<context>
    <name>LiveController</name>
    <message>
        <source>A session is on air: end it (End show… in the clock bar) before opening another tour.</source>
        <translation>Une séance est à l’antenne : terminez-la (Finir l’émission… dans la barre d’horloge) avant d’ouvrir une autre visite.</translation>
    </message>
    <message>
        <source>the adopted advice was NOT recorded</source>
        <translation>le conseil adopté n&apos;a PAS été enregistré</translation>
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
        <source>the language switch was NOT recorded</source>
        <translation>le changement de langue n’a PAS été enregistré</translation>
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
        <source>L talking-points language</source>
        <translation>L langue des points à aborder</translation>
    </message>
    <message>
        <source>L language</source>
        <translation>L langue</translation>
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
        <source>Questions</source>
        <translation>Questions</translation>
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
    <name>LockWatch</name>
    <message>
        <source>The database had lost its lock against other programs (something in the console opened and closed the file). Reopening it failed ({problem}): end the show and restart the console.</source>
        <translation>La base de données avait perdu son verrou contre les autres programmes (quelque chose dans la console a ouvert puis fermé le fichier). Sa réouverture a échoué ({problem}) : terminez l’émission et redémarrez la console.</translation>
    </message>
    <message>
        <source>The database had lost its lock against other programs (something in the console opened and closed the file). It was reopened at once and another program had restarted its journal, so the {rows} rows written since were copied back into the file. Nothing was lost.</source>
        <translation>La base de données avait perdu son verrou contre les autres programmes (quelque chose dans la console a ouvert puis fermé le fichier). Elle a été rouverte aussitôt ; un autre programme avait redémarré son journal, les {rows} lignes écrites depuis ont donc été recopiées dans le fichier. Rien n’est perdu.</translation>
    </message>
    <message>
        <source>The database had lost its lock against other programs (something in the console opened and closed the file). It was reopened at once and no other program had touched it meanwhile. Nothing was lost.</source>
        <translation>La base de données avait perdu son verrou contre les autres programmes (quelque chose dans la console a ouvert puis fermé le fichier). Elle a été rouverte aussitôt et aucun autre programme n’y avait touché entre-temps. Rien n’est perdu.</translation>
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
    <name>NotesSearchPane</name>
    <message>
        <source>Search the notes of every session</source>
        <translation>Chercher dans les notes de toutes les séances</translation>
    </message>
    <message>
        <source>Notes holding every word, in any order; &quot;two words&quot; in quotes as one phrase. Words of one or two characters (画, 蒙娜) are found too.</source>
        <translation>Les notes qui contiennent tous les mots, dans n’importe quel ordre ; « deux mots » entre guillemets droits &quot;…&quot; forment une expression. Les mots d’un ou deux caractères (画, 蒙娜) sont trouvés aussi.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Searching the notes</source>
        <translation>Recherche dans les notes</translation>
    </message>
    <message>
        <source>Type a word to search for</source>
        <translation>Tapez un mot à chercher</translation>
    </message>
    <message>
        <source>No note holds every word</source>
        <translation>Aucune note ne contient tous les mots</translation>
    </message>
    <message>
        <source>The first {count} notes, newest session first: add a word to narrow them</source>
        <translation>Les {count} premières notes, séance la plus récente d’abord : ajoutez un mot pour affiner</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) found</source>
        <translation>
            <numerusform>%n note trouvée</numerusform>
            <numerusform>%n notes trouvées</numerusform>
        </translation>
    </message>
    <message>
        <source>The search failed: {reason}</source>
        <translation>La recherche a échoué : {reason}</translation>
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
        <translation>En PDF…</translation>
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
    <message numerus="yes">
        <source>Took {languages} off the tour with the translations of %n stop(s). Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>Retiré de la visite : {languages}, avec la traduction de %n arrêt. Annuler (Ctrl+Z) la rétablit.</numerusform>
            <numerusform>Retiré de la visite : {languages}, avec les traductions de %n arrêts. Annuler (Ctrl+Z) les rétablit.</numerusform>
        </translation>
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
        <source>Set %n minimum(s) from the fastest rehearsals</source>
        <translation>
            <numerusform>%n minimum fixé d&apos;après les répétitions les plus rapides</numerusform>
            <numerusform>%n minimums fixés d&apos;après les répétitions les plus rapides</numerusform>
        </translation>
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
    <name>QuestionsPane</name>
    <message>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <source>Twitch</source>
        <translation>Twitch</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DÉMO</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>lecture</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>chat disabled</source>
        <translation>chat désactivé</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>quota</source>
        <translation>quota</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <source>Dismiss pinned</source>
        <translation>Écarter l&apos;épinglée</translation>
    </message>
    <message>
        <source>No chat source: see the README, &apos;Audience questions&apos;.</source>
        <translation>Aucune source de chat : voir le README, « Audience questions ».</translation>
    </message>
    <message>
        <source>reading every {seconds:.0f} s</source>
        <translation>lecture toutes les {seconds:.0f} s</translation>
    </message>
    <message>
        <source>YouTube quota today: {units} of {quota} units</source>
        <translation>Quota YouTube aujourd&apos;hui : {units} unités sur {quota}</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Question from {author}, {platform}: {text}</source>
        <translation>Question de {author}, {platform} : {text}</translation>
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
    <message>
        <source>Set the ticked stops&apos; minimums (what the time rescue may shorten them to) to the fastest any rehearsal took:</source>
        <translation>Fixer le minimum des arrêts cochés (jusqu&apos;où le sauvetage du temps peut les raccourcir) au temps le plus court d&apos;une répétition :</translation>
    </message>
    <message>
        <source>Minimum now</source>
        <translation>Minimum actuel</translation>
    </message>
    <message>
        <source>Fastest</source>
        <translation>Le plus rapide</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>fixe</translation>
    </message>
    <message numerus="yes">
        <source>{time} (of %n rehearsal(s))</source>
        <translation>
            <numerusform>{time} (sur %n répétition)</numerusform>
            <numerusform>{time} (sur %n répétitions)</numerusform>
        </translation>
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
        <source>Scan with a phone to open the remote: the link carries the token. /stage and /producer open the same way.</source>
        <translation>Scannez avec un téléphone pour ouvrir la télécommande : le lien contient le jeton. /stage et /producer s’ouvrent de la même façon.</translation>
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
        <source>Phone</source>
        <translation>Téléphone</translation>
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
    <name>ReportChart</name>
    <message>
        <source>stream</source>
        <translation>diffusion</translation>
    </message>
    <message>
        <source>on air</source>
        <translation>à l&apos;antenne</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>reconnexion</translation>
    </message>
    <message>
        <source>OFF AIR</source>
        <translation>HORS ANTENNE</translation>
    </message>
    <message>
        <source>viewers (all sources)</source>
        <translation>audience (toutes sources)</translation>
    </message>
    <message>
        <source>partial: a source missing</source>
        <translation>partielle : une source manque</translation>
    </message>
    <message>
        <source>no count</source>
        <translation>aucun chiffre</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>mark</source>
        <translation>repère</translation>
    </message>
    <message>
        <source>▲ gained most  ▼ lost most</source>
        <translation>▲ a le plus gagné  ▼ a le plus perdu</translation>
    </message>
    <message>
        <source>stream: on air</source>
        <translation>diffusion : à l&apos;antenne</translation>
    </message>
    <message>
        <source>off air</source>
        <translation>hors antenne</translation>
    </message>
    <message>
        <source>dropped frames over {share} %</source>
        <translation>images perdues au-delà de {share} %</translation>
    </message>
    <message>
        <source>bitrate (top {kbps} kb/s)</source>
        <translation>débit (haut : {kbps} kb/s)</translation>
    </message>
    <message>
        <source>show time</source>
        <translation>temps d’émission</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>Viewers over show time</source>
        <translation>Audience au fil de l’émission</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the language code of the report&apos;s words (fr, zh-CN)</comment>
        <translation>fr</translation>
    </message>
    <message>
        <source>rehearsal</source>
        <translation>répétition</translation>
    </message>
    <message>
        <source>show</source>
        <translation>émission</translation>
    </message>
    <message>
        <source>Report of the {kind} of {when}</source>
        <translation>Bilan de la {kind} du {when}</translation>
    </message>
    <message>
        <source>The whole show</source>
        <translation>L’émission entière</translation>
    </message>
    <message>
        <source>Stops: times</source>
        <translation>Arrêts : horaires</translation>
    </message>
    <message>
        <source>Stops: audience</source>
        <translation>Arrêts : audience</translation>
    </message>
    <message>
        <source>Notes and marks</source>
        <translation>Notes et repères</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Aucune note.</translation>
    </message>
    <message>
        <source>Before the first stop</source>
        <translation>Avant le premier arrêt</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Posée par</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Times asked</source>
        <translation>Fois posée</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondue</translation>
    </message>
    <message>
        <source>at {clock}</source>
        <translation>à {clock}</translation>
    </message>
    <message>
        <source>no (dismissed)</source>
        <translation>non (écartée)</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <source>Twitch</source>
        <translation>Twitch</translation>
    </message>
    <message>
        <source>Demo chat</source>
        <translation>Chat de démonstration</translation>
    </message>
    <message>
        <source>Audience figures count only the complete total (every source answering). A revisited stop adds up its visits: arrival from the first, departure from the last, change summed, hold multiplied.</source>
        <translation>Les chiffres d’audience ne comptent que le total complet (toutes les sources répondent). Un arrêt revisité additionne ses passages : arrivée du premier, départ du dernier, variations additionnées, rétentions multipliées.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêt</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Passages</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>At arrival</source>
        <translation>À l’arrivée</translation>
    </message>
    <message>
        <source>At departure</source>
        <translation>Au départ</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Pic</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Rétention</translation>
    </message>
    <message>
        <source>Share of peak</source>
        <translation>Part du pic</translation>
    </message>
    <message>
        <source>Show time</source>
        <translation>Temps d’émission</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>never ended: last event at {clock}</source>
        <translation>jamais terminée : dernier événement à {clock}</translation>
    </message>
    <message>
        <source>{peak} at {when}</source>
        <translation>{peak} à {when}</translation>
    </message>
    <message>
        <source>Went live</source>
        <translation>Prise d’antenne</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Créneau</translation>
    </message>
    <message>
        <source>Over (+) or under (−) the slot</source>
        <translation>Dépassement (+) ou avance (−) sur le créneau</translation>
    </message>
    <message>
        <source>Peak viewers</source>
        <translation>Pic d’audience</translation>
    </message>
    <message>
        <source>Average viewers</source>
        <translation>Audience moyenne</translation>
    </message>
    <message>
        <source>Start-to-end change</source>
        <translation>Variation du début à la fin</translation>
    </message>
    <message>
        <source>{asked} ({answered} answered)</source>
        <translation>{asked} ({answered} répondues)</translation>
    </message>
    <message>
        <source>Audience questions</source>
        <translation>Questions du public</translation>
    </message>
    <message>
        <source>{stop} (gained most)</source>
        <translation>{stop} (a le plus gagné)</translation>
    </message>
    <message>
        <source>{stop} (lost most)</source>
        <translation>{stop} (a le plus perdu)</translation>
    </message>
    <message>
        <source>(mark)</source>
        <translation>(repère)</translation>
    </message>
    <message>
        <source>{start}… (+{count} characters: the session export holds the whole note)</source>
        <translation>{start}… (+{count} caractères : l’export de la séance contient la note entière)</translation>
    </message>
    <message>
        <source>Report: {tour}</source>
        <translation>Bilan : {tour}</translation>
    </message>
</context>
<context>
    <name>Rescue</name>
    <message>
        <source>{spare} to spare: it could go to {title}</source>
        <translation>{spare} d&apos;avance : à donner à {title}</translation>
    </message>
    <message>
        <source>{over} over, and no stop left can be shortened or skipped</source>
        <translation>{over} de trop, et aucun arrêt restant ne peut être raccourci ni sauté</translation>
    </message>
    <message>
        <source>Still {over} over at the shortest: {changes}</source>
        <translation>Encore {over} de trop au plus court : {changes}</translation>
    </message>
    <message>
        <source>Skip {titles} (optional) to end on time</source>
        <translation>Sautez {titles} (facultatif) pour finir à l&apos;heure</translation>
    </message>
    <message>
        <source>To end on time: skip {titles} (optional), {cuts}</source>
        <translation>Pour finir à l&apos;heure : sautez {titles} (facultatif), {cuts}</translation>
    </message>
    <message>
        <source>To end on time: {cuts}</source>
        <translation>Pour finir à l&apos;heure : {cuts}</translation>
    </message>
    <message>
        <source>{line} (cut where audiences left before)</source>
        <translation>{line} (coupé là où le public partait lors des émissions précédentes)</translation>
    </message>
    <message>
        <source>skip {titles}, {cuts}</source>
        <translation>sautez {titles}, {cuts}</translation>
    </message>
    <message>
        <source>skip {titles}</source>
        <translation>sautez {titles}</translation>
    </message>
</context>
<context>
    <name>ReviewLibrary</name>
    <message>
        <source>Reading the sessions…</source>
        <translation>Lecture des séances…</translation>
    </message>
    <message>
        <source>Reading session {id}…</source>
        <translation>Lecture de la séance {id}…</translation>
    </message>
    <message>
        <source>{path}: cannot write the file ({reason})</source>
        <translation>{path} : impossible d’écrire le fichier ({reason})</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Écriture de {file}…</translation>
    </message>
    <message>
        <source>cannot read the database {path}: {reason}</source>
        <translation>impossible de lire la base {path} : {reason}</translation>
    </message>
    <message>
        <source>this session never went live: no chapters</source>
        <translation>cette séance n’a jamais pris l’antenne : pas de chapitres</translation>
    </message>
    <message>
        <source>only {count} chapter(s) of at least 10 seconds; YouTube needs {least} or more</source>
        <translation>seulement {count} chapitre(s) d’au moins 10 secondes ; YouTube en demande au moins {least}</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>SESSIONS</source>
        <translation>SÉANCES</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tour</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Pic</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>Choose a session on the left.</source>
        <translation>Choisissez une séance à gauche.</translation>
    </message>
    <message>
        <source>A line per source</source>
        <translation>Une ligne par source</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>HTML…</source>
        <translation>HTML…</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Chapters…</source>
        <translation>Chapitres…</translation>
    </message>
    <message>
        <source>Export this session&apos;s report</source>
        <translation>Exporter le bilan de cette séance</translation>
    </message>
    <message>
        <source>The whole show</source>
        <translation>L’émission entière</translation>
    </message>
    <message>
        <source>rehearsal</source>
        <translation>répétition</translation>
    </message>
    <message>
        <source>show</source>
        <translation>émission</translation>
    </message>
    <message>
        <source>never live</source>
        <translation>jamais à l’antenne</translation>
    </message>
    <message>
        <source>{length} (never ended)</source>
        <translation>{length} (jamais terminée)</translation>
    </message>
    <message>
        <source>Rehearsal</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Émission</translation>
    </message>
    <message>
        <source>{kind} of {tour}, {when}</source>
        <translation>{kind} de {tour}, {when}</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exporter le bilan</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Écrit : {path}</translation>
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
        <source>skip</source>
        <translation>sauté</translation>
    </message>
    <message>
        <source>of {planned}</source>
        <translation>sur {planned}</translation>
    </message>
</context>
<context>
    <name>RunSheetLabels</name>
    <message numerus="yes">
        <source>%n stop(s)</source>
        <translation>
            <numerusform>%n arrêt</numerusform>
            <numerusform>%n arrêts</numerusform>
        </translation>
    </message>
    <message>
        <source>slot {slot}</source>
        <translation>créneau {slot}</translation>
    </message>
    <message>
        <source>planned {planned}</source>
        <translation>prévu {planned}</translation>
    </message>
    <message>
        <source>no slot</source>
        <translation>sans créneau</translation>
    </message>
    <message>
        <source>OVER by {over}</source>
        <translation>DÉPASSÉ de {over}</translation>
    </message>
    <message>
        <source>starts at {clock}</source>
        <translation>début à {clock}</translation>
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
        <source>not translated</source>
        <translation>non traduit</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>page {page} sur {pages}</translation>
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
    <name>SessionCompareView</name>
    <message>
        <source>A:</source>
        <translation>A :</translation>
    </message>
    <message>
        <source>B:</source>
        <translation>B :</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêt</translation>
    </message>
    <message>
        <source>Paired by</source>
        <translation>Apparié par</translation>
    </message>
    <message>
        <source>Time A</source>
        <translation>Durée A</translation>
    </message>
    <message>
        <source>Time B</source>
        <translation>Durée B</translation>
    </message>
    <message>
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <source>Hold A</source>
        <translation>Rétention A</translation>
    </message>
    <message>
        <source>Hold B</source>
        <translation>Rétention B</translation>
    </message>
    <message>
        <source>Hold: viewers at departure ÷ viewers at arrival. Highlighted: a time {seconds} s or more apart, or a hold {points} points or more apart.</source>
        <translation>Rétention : spectateurs au départ ÷ spectateurs à l’arrivée. En évidence : une durée qui diffère de {seconds} s ou plus, ou une rétention qui diffère de {points} points ou plus.</translation>
    </message>
    <message>
        <source>No other session of this tour</source>
        <translation>Aucune autre séance de cette visite</translation>
    </message>
    <message>
        <source>Choose a session of the same tour as B.</source>
        <translation>Choisissez comme B une séance de la même visite.</translation>
    </message>
    <message>
        <source>Choose two sessions of one tour.</source>
        <translation>Choisissez deux séances d’une même visite.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
    <message>
        <source>Comparing two sessions</source>
        <translation>Comparaison de deux séances</translation>
    </message>
    <message>
        <source>Cannot compare these sessions: {reason}</source>
        <translation>Impossible de comparer ces séances : {reason}</translation>
    </message>
    <message>
        <source>Length: A {a}, B {b} ({difference})</source>
        <translation>Durée : A {a}, B {b} ({difference})</translation>
    </message>
    <message>
        <source>Only in A: {stops}</source>
        <translation>Seulement dans A : {stops}</translation>
    </message>
    <message>
        <source>Only in B: {stops}</source>
        <translation>Seulement dans B : {stops}</translation>
    </message>
    <message>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>only in A</source>
        <translation>seulement dans A</translation>
    </message>
    <message>
        <source>only in B</source>
        <translation>seulement dans B</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>{points} pts</source>
        <translation>{points} pts</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>Rehearsal</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Émission</translation>
    </message>
    <message>
        <source>#{id} · {date} · {kind} · {tour}</source>
        <translation>n° {id} · {date} · {kind} · {tour}</translation>
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
    <name>StageDisplay</name>
    <message>
        <source>Cicerone — stage display</source>
        <translation>Cicerone — écran de scène</translation>
    </message>
    <message>
        <source>READY</source>
        <translation>PRÊT</translation>
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
        <source>OVER</source>
        <translation>DÉPASSÉ</translation>
    </message>
    <message>
        <source>THIS STOP</source>
        <translation>CET ARRÊT</translation>
    </message>
    <message>
        <source>SHOW LEFT</source>
        <translation>TEMPS RESTANT</translation>
    </message>
    <message>
        <source>NOW</source>
        <translation>EN COURS</translation>
    </message>
    <message>
        <source>NEXT</source>
        <translation>ENSUITE</translation>
    </message>
    <message>
        <source>Last stop</source>
        <translation>Dernier arrêt</translation>
    </message>
    <message>
        <source>{count} viewers</source>
        <translation>{count} spectateurs</translation>
    </message>
    <message>
        <source>{viewers} (stale)</source>
        <translation>{viewers} (périmé)</translation>
    </message>
</context>
<context>
    <name>StageScreens</name>
    <message>
        <source>Stage display</source>
        <translation>Écran de scène</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>{screen} — the console&apos;s screen</source>
        <translation>{screen} — l’écran de la console</translation>
    </message>
    <message>
        <source>{screen} (not connected)</source>
        <translation>{screen} (non branché)</translation>
    </message>
    <message>
        <source>Show the viewer total</source>
        <translation>Afficher le total des spectateurs</translation>
    </message>
    <message>
        <source>The stage screen &apos;{screen}&apos; is not connected: the stage display waits behind the console and returns to that screen when it is back.</source>
        <translation>L’écran de scène « {screen} » n’est pas branché : l’affichage attend derrière la console et y retourne dès que l’écran est rebranché.</translation>
    </message>
    <message>
        <source>&apos;{screen}&apos; is the console&apos;s own screen: full screen there, the stage display would hide the console. It waits behind the console; choose another screen in its menu.</source>
        <translation>« {screen} » est l’écran de la console : en plein écran, l’affichage de scène la cacherait. Il attend derrière la console ; choisissez un autre écran dans son menu.</translation>
    </message>
    <message>
        <source>The stage screen &apos;{screen}&apos; was disconnected: the stage display waits behind the console and returns to that screen when it is back.</source>
        <translation>L’écran de scène « {screen} » a été débranché : l’affichage attend derrière la console et y retourne dès que l’écran est rebranché.</translation>
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
        <source>When late</source>
        <translation>En cas de retard</translation>
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
        <source>min: fixed</source>
        <translation>min : fixe</translation>
    </message>
    <message>
        <source>The shortest acceptable time; empty: the planned duration</source>
        <translation>La durée la plus courte acceptable ; vide : la durée prévue</translation>
    </message>
    <message>
        <source>May be skipped</source>
        <translation>Peut être sauté</translation>
    </message>
    <message>
        <source>latest start: any</source>
        <translation>début au plus tard : libre</translation>
    </message>
    <message>
        <source>The latest show time the stop may start, e.g. 1:30:00</source>
        <translation>Le moment de l&apos;émission où l&apos;arrêt doit avoir commencé au plus tard, p. ex. 1:30:00</translation>
    </message>
    <message>
        <source>The language of the stop&apos;s text being edited</source>
        <translation>La langue du texte de l’arrêt en cours de modification</translation>
    </message>
    <message>
        <source>Stops whose title and talking points are translated, per language</source>
        <translation>Arrêts dont le titre et les points à aborder sont traduits, par langue</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Texte en</translation>
    </message>
    <message>
        <source>{code} (main)</source>
        <translation>{code} (principale)</translation>
    </message>
    <message>
        <source>Talking points in {code} ({main} above, preview below)</source>
        <translation>Points à aborder en {code} ({main} dessus, aperçu dessous)</translation>
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
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>talking points</source>
        <translation>points à aborder</translation>
    </message>
    <message>
        <source>Not yet in {code}: {fields}</source>
        <translation>Pas encore en {code} : {fields}</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>{db_path}: no database here to back up</source>
        <translation>{db_path} : aucune base de données à sauvegarder ici</translation>
    </message>
    <message>
        <source>{target}: cannot write the backup ({reason})</source>
        <translation>{target} : impossible d’écrire la sauvegarde ({reason})</translation>
    </message>
    <message>
        <source>{folder}: the backup folder is missing (is the USB stick or network share connected?); no backup was made</source>
        <translation>{folder} : le dossier de sauvegarde est absent (la clé USB ou le partage réseau est-il connecté ?) ; aucune sauvegarde n’a été faite</translation>
    </message>
    <message>
        <source>{copy}: cannot restore it ({strerror})</source>
        <translation>{copy} : impossible de la restaurer ({strerror})</translation>
    </message>
    <message>
        <source>{copy}: cannot restore it: {reason}</source>
        <translation>{copy} : impossible de la restaurer : {reason}</translation>
    </message>
    <message>
        <source>{copy}: this is the database itself</source>
        <translation>{copy} : c’est la base de données elle-même</translation>
    </message>
    <message>
        <source>{copy}: not a Cicerone database (it holds no tables)</source>
        <translation>{copy} : pas une base de données Cicerone (elle ne contient aucune table)</translation>
    </message>
    <message>
        <source>{db_path}: cannot restore {copy} ({reason}); nothing was changed</source>
        <translation>{db_path} : impossible de restaurer {copy} ({reason}) ; rien n’a été modifié</translation>
    </message>
    <message>
        <source>{db_path}: another Cicerone console has this database open{holder}. Only one console at a time can run a show on it: close the other one first.</source>
        <translation>{db_path} : une autre console Cicerone a ouvert cette base de données{holder}. Une seule console à la fois peut y mener une émission : fermez d’abord l’autre.</translation>
    </message>
    <message>
        <source>{db_path}: cannot make a console lock file ({problems})</source>
        <translation>{db_path} : impossible de créer le fichier de verrou de la console ({problems})</translation>
    </message>
    <message>
        <source> (process {process} on {host})</source>
        <translation> (processus {process} sur {host})</translation>
    </message>
    <message>
        <source>{path}: read-only ({reason}); nothing was changed</source>
        <translation>{path} : lecture seule ({reason}) ; rien n’a été modifié</translation>
    </message>
    <message>
        <source>{path}: read-only ({read_only}), and this Cicerone must update its schema first: open it once where it can be written</source>
        <translation>{path} : lecture seule ({read_only}), et ce Cicerone doit d’abord mettre à jour son schéma : ouvrez-la une fois là où elle peut être modifiée</translation>
    </message>
    <message>
        <source>{path}: cannot open the database ({error})</source>
        <translation>{path} : impossible d’ouvrir la base de données ({error})</translation>
    </message>
    <message>
        <source>{path}: cannot read the database ({strerror})</source>
        <translation>{path} : impossible de lire la base de données ({strerror})</translation>
    </message>
    <message>
        <source>{path}: not a database file ({kind})</source>
        <translation>{path} : pas un fichier de base de données ({kind})</translation>
    </message>
    <message>
        <source>{path}: cannot create the folder for the database ({strerror})</source>
        <translation>{path} : impossible de créer le dossier de la base de données ({strerror})</translation>
    </message>
    <message>
        <source>{path}: cannot create the database ({reason}); nothing was written</source>
        <translation>{path} : impossible de créer la base de données ({reason}) ; rien n’a été écrit</translation>
    </message>
    <message>
        <source>{path}: the database is damaged ({answer})</source>
        <translation>{path} : la base de données est endommagée ({answer})</translation>
    </message>
    <message>
        <source>{path}: not a Cicerone database (it holds other tables)</source>
        <translation>{path} : pas une base de données Cicerone (elle contient d’autres tables)</translation>
    </message>
    <message>
        <source>{path}: not a Cicerone database (this file is not SQLite at all)</source>
        <translation>{path} : pas une base de données Cicerone (ce fichier n’est pas du tout SQLite)</translation>
    </message>
    <message>
        <source>{path}: the database is damaged or not SQLite ({error})</source>
        <translation>{path} : la base de données est endommagée ou n’est pas SQLite ({error})</translation>
    </message>
    <message>
        <source>{path}: written by a newer Cicerone (schema {versions}); update Cicerone</source>
        <translation>{path} : écrite par un Cicerone plus récent (schéma {versions}) ; mettez Cicerone à jour</translation>
    </message>
    <message>
        <source>{path}: cannot write the backup this Cicerone makes before updating the database&apos;s schema ({name}: {reason}); the database was not changed. Free some space and start again.</source>
        <translation>{path} : impossible d’écrire la sauvegarde que ce Cicerone fait avant de mettre à jour le schéma de la base ({name} : {reason}) ; la base n’a pas été modifiée. Libérez de la place et relancez.</translation>
    </message>
    <message>
        <source>the file system it is on is read-only</source>
        <translation>le système de fichiers où elle se trouve est en lecture seule</translation>
    </message>
    <message>
        <source>the file is not writable by this user</source>
        <translation>cet utilisateur ne peut pas écrire dans le fichier</translation>
    </message>
    <message>
        <source>its folder is not writable by this user (SQLite keeps its -wal and -shm files there)</source>
        <translation>cet utilisateur ne peut pas écrire dans son dossier (SQLite y garde ses fichiers -wal et -shm)</translation>
    </message>
    <message>
        <source>{path}: cannot read the database ({error})</source>
        <translation>{path} : impossible de lire la base de données ({error})</translation>
    </message>
    <message>
        <source>no tour with id {tour_id}</source>
        <translation>aucune visite ayant l’identifiant {tour_id}</translation>
    </message>
    <message>
        <source>tour {tour_id} has no stop {number}</source>
        <translation>la visite {tour_id} n’a pas d’arrêt {number}</translation>
    </message>
    <message>
        <source>no session with id {session_id}</source>
        <translation>aucune émission ayant l’identifiant {session_id}</translation>
    </message>
    <message>
        <source>SQLite {version} is too old for the notes&apos; search (3.34 or later is needed)</source>
        <translation>SQLite {version} est trop ancien pour la recherche dans les notes (il faut la version 3.34 ou plus récente)</translation>
    </message>
    <message>
        <source>SQLite {version} here has no full-text search (FTS5 with trigrams: {error})</source>
        <translation>SQLite {version} n’a pas ici de recherche plein texte (FTS5 avec trigrammes : {error})</translation>
    </message>
    <message>
        <source>{path}: cannot be used with this SQLite: {reason}. Use Cicerone&apos;s installer.</source>
        <translation>{path} : inutilisable avec ce SQLite : {reason}. Utilisez l’installeur de Cicerone.</translation>
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
        <source>Talking points in {language}; L switches</source>
        <translation>Points à aborder en {language} ; L pour changer</translation>
    </message>
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
    <name>TaskQueue</name>
    <message>
        <source>an internal error stopped this job (details in {log})</source>
        <translation>une erreur interne a arrêté cette tâche (détails dans {log})</translation>
    </message>
</context>
<context>
    <name>TourForm</name>
    <message>
        <source>e.g. 1h 30m (empty: no slot)</source>
        <translation>p. ex. 1h 30m (vide : sans créneau)</translation>
    </message>
    <message>
        <source>e.g. en</source>
        <translation>p. ex. en</translation>
    </message>
    <message>
        <source>The main language: the one the stops are written in first</source>
        <translation>La langue principale : celle dans laquelle les arrêts sont d’abord écrits</translation>
    </message>
    <message>
        <source>translations, e.g. fr, zh</source>
        <translation>traductions, p. ex. fr, zh</translation>
    </message>
    <message>
        <source>The languages the stops are translated into, by code, comma-separated (Enter applies)</source>
        <translation>Les langues de traduction des arrêts, par code, séparées par des virgules (Entrée pour appliquer)</translation>
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
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>a tour with translations needs its main language</source>
        <translation>une visite traduite doit garder sa langue principale</translation>
    </message>
    <message>
        <source>first give the main language&apos;s code (e.g. en)</source>
        <translation>indiquez d’abord le code de la langue principale (p. ex. en)</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a language code (e.g. en, fr, zh-Hans)</source>
        <translation>« {code} » n’est pas un code de langue (p. ex. en, fr, zh-Hans)</translation>
    </message>
    <message>
        <source>{code} is listed twice</source>
        <translation>{code} figure deux fois</translation>
    </message>
    <message>
        <source>{code} is the main language</source>
        <translation>{code} est la langue principale</translation>
    </message>
    <message>
        <source>at most {code} translations</source>
        <translation>{code} traductions au plus</translation>
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
    <name>ViewerSource</name>
    <message>
        <source>cannot read the file: {reason}, not a regular file</source>
        <translation>impossible de lire le fichier : {reason}, pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>bad answer: the file is larger than {kilobytes} KB</source>
        <translation>réponse invalide : le fichier dépasse {kilobytes} Ko</translation>
    </message>
    <message>
        <source>cannot read the file ({reason})</source>
        <translation>impossible de lire le fichier ({reason})</translation>
    </message>
    <message>
        <source>bad answer: the file is empty</source>
        <translation>réponse invalide : le fichier est vide</translation>
    </message>
    <message>
        <source>bad answer: {error}</source>
        <translation>réponse invalide : {error}</translation>
    </message>
    <message>
        <source>{reason}, not a regular file holding the viewer count</source>
        <translation>{reason}, pas un fichier ordinaire contenant le nombre de spectateurs</translation>
    </message>
    <message>
        <source>no YouTube API key: set CICERONE_YOUTUBE_API_KEY or the keyring entry</source>
        <translation>pas de clé d’API YouTube : définissez CICERONE_YOUTUBE_API_KEY ou l’entrée du trousseau</translation>
    </message>
    <message>
        <source>no Twitch credentials: set CICERONE_TWITCH_CLIENT_ID and CICERONE_TWITCH_TOKEN (or keyring)</source>
        <translation>pas d’identifiants Twitch : définissez CICERONE_TWITCH_CLIENT_ID et CICERONE_TWITCH_TOKEN (ou le trousseau)</translation>
    </message>
    <message>
        <source>bad answer: {refused} (HTTP {status}, {count:,} bytes)</source>
        <translation>réponse invalide : {refused} (HTTP {status}, {count} octets)</translation>
    </message>
    <message>
        <source>no &apos;items&apos; list</source>
        <translation>pas de liste « items »</translation>
    </message>
    <message>
        <source>no such video (empty &apos;items&apos;): check the video id</source>
        <translation>vidéo introuvable (« items » vide) : vérifiez l’identifiant de la vidéo</translation>
    </message>
    <message>
        <source>no &apos;data&apos; list</source>
        <translation>pas de liste « data »</translation>
    </message>
    <message>
        <source>nothing at &apos;{where}&apos;</source>
        <translation>rien à « {where} »</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a number</source>
        <translation>« {name} » n’est pas un nombre</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is more viewers than there are people ({count} digits)</source>
        <translation>« {name} » : plus de spectateurs que d’êtres humains ({count} chiffres)</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is negative</source>
        <translation>« {name} » est négatif</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is more viewers than there are people ({number:.3g})</source>
        <translation>« {name} » : plus de spectateurs que d’êtres humains ({number:.3g})</translation>
    </message>
    <message>
        <source>rate limited (HTTP 429){detail}</source>
        <translation>trop de requêtes (HTTP 429){detail}</translation>
    </message>
    <message>
        <source>YouTube quota exceeded for today (HTTP 403){detail}</source>
        <translation>quota YouTube du jour épuisé (HTTP 403){detail}</translation>
    </message>
    <message>
        <source>bad API key (HTTP 400){detail}</source>
        <translation>clé d’API invalide (HTTP 400){detail}</translation>
    </message>
    <message>
        <source>not authorised: check the client id and token (HTTP 401){detail}</source>
        <translation>non autorisé : vérifiez l’identifiant client et le jeton (HTTP 401){detail}</translation>
    </message>
    <message>
        <source>forbidden: check the key&apos;s permissions (HTTP 403){detail}</source>
        <translation>interdit : vérifiez les droits de la clé (HTTP 403){detail}</translation>
    </message>
    <message>
        <source>not found (HTTP 404){detail}</source>
        <translation>introuvable (HTTP 404){detail}</translation>
    </message>
    <message>
        <source>the server failed (HTTP {status}){detail}</source>
        <translation>le serveur a échoué (HTTP {status}){detail}</translation>
    </message>
    <message>
        <source>bad request (HTTP {status}){detail}</source>
        <translation>requête refusée (HTTP {status}){detail}</translation>
    </message>
    <message>
        <source>not a viewer source</source>
        <translation>pas une source de spectateurs</translation>
    </message>
    <message>
        <source>timeout: the file&apos;s previous read still does not return</source>
        <translation>délai dépassé : la lecture précédente du fichier ne revient toujours pas</translation>
    </message>
    <message>
        <source>cannot read the file ({name}, see the log)</source>
        <translation>impossible de lire le fichier ({name}, voir le journal)</translation>
    </message>
    <message>
        <source>bad answer: too large ({size:,} bytes, the limit is {limit:,})</source>
        <translation>réponse invalide : trop grande ({size} octets, la limite est de {limit})</translation>
    </message>
    <message>
        <source>bad answer: larger than {limit:,} bytes, stopped reading</source>
        <translation>réponse invalide : plus de {limit} octets, lecture arrêtée</translation>
    </message>
    <message>
        <source>timeout: the file could not be read within {seconds:g} s</source>
        <translation>délai dépassé : le fichier n’a pas pu être lu en {seconds:g} s</translation>
    </message>
    <message>
        <source>timeout: no complete answer within {seconds:g} s</source>
        <translation>délai dépassé : pas de réponse complète en {seconds:g} s</translation>
    </message>
    <message>
        <source>bad answer: could not be read ({name}, see the log)</source>
        <translation>réponse invalide : illisible ({name}, voir le journal)</translation>
    </message>
    <message>
        <source>connection refused (is the server up?)</source>
        <translation>connexion refusée (le serveur est-il en marche ?)</translation>
    </message>
    <message>
        <source>bad answer: the server closed the connection early</source>
        <translation>réponse invalide : le serveur a fermé la connexion trop tôt</translation>
    </message>
    <message>
        <source>host not found (check the network or the address)</source>
        <translation>hôte introuvable (vérifiez le réseau ou l’adresse)</translation>
    </message>
    <message>
        <source>timeout: the server did not answer</source>
        <translation>délai dépassé : le serveur n’a pas répondu</translation>
    </message>
    <message>
        <source>secure connection failed (TLS handshake)</source>
        <translation>échec de la connexion sécurisée (négociation TLS)</translation>
    </message>
    <message>
        <source>the network is down</source>
        <translation>le réseau est coupé</translation>
    </message>
    <message>
        <source>the proxy refused the connection</source>
        <translation>le proxy a refusé la connexion</translation>
    </message>
    <message>
        <source>unsupported URL scheme</source>
        <translation>schéma d’URL non pris en charge</translation>
    </message>
    <message>
        <source>network error ({name})</source>
        <translation>erreur réseau ({name})</translation>
    </message>
    <message>
        <source>viewer source {spec}</source>
        <translation>source de spectateurs {spec}</translation>
    </message>
    <message>
        <source>a viewer source cannot contain control characters</source>
        <translation>une source de spectateurs ne peut pas contenir de caractères de contrôle</translation>
    </message>
    <message>
        <source>unknown kind: use youtube:ID, twitch:LOGIN, http-json:URL#path, file:PATH or demo</source>
        <translation>type inconnu : utilisez youtube:ID, twitch:LOGIN, http-json:URL#chemin, file:CHEMIN ou demo</translation>
    </message>
    <message>
        <source>a YouTube video id is 6-64 letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>un identifiant de vidéo YouTube compte 6 à 64 lettres, chiffres, « - » ou « _ »</translation>
    </message>
    <message>
        <source>a Twitch login is letters, digits and &apos;_&apos;</source>
        <translation>un identifiant Twitch se compose de lettres, de chiffres et de « _ »</translation>
    </message>
    <message>
        <source>give a file path, e.g. file:/tmp/viewers.txt</source>
        <translation>indiquez un chemin de fichier, p. ex. file:/tmp/viewers.txt</translation>
    </message>
    <message>
        <source>http-json needs an http(s) URL, e.g. http-json:https://stats.example/live#data.online</source>
        <translation>http-json demande une URL http(s), p. ex. http-json:https://stats.example/live#data.online</translation>
    </message>
    <message>
        <source>the dotted path has an empty step</source>
        <translation>le chemin pointé a une étape vide</translation>
    </message>
    <message>
        <source>an IPv6 address goes in brackets: http://[::1]:8080/</source>
        <translation>une adresse IPv6 s’écrit entre crochets : http://[::1]:8080/</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>le port doit être un nombre de 1 à 65535</translation>
    </message>
    <message>
        <source>--base must be an http(s) URL such as http://127.0.0.1:8080</source>
        <translation>--base doit être une URL http(s) comme http://127.0.0.1:8080</translation>
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
        <translation>Audience : aucune source</translation>
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
<context>
    <name>WebViews</name>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Repère</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>Repère posé</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>This stop</source>
        <translation>Cet arrêt</translation>
    </message>
    <message>
        <source>Show left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Stop {n} of {total}</source>
        <translation>Arrêt {n} sur {total}</translation>
    </message>
    <message>
        <source>Last stop</source>
        <translation>Dernier arrêt</translation>
    </message>
    <message>
        <source>On air</source>
        <translation>À l’antenne</translation>
    </message>
    <message>
        <source>Not on air</source>
        <translation>Hors antenne</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>No connection to the console: reconnecting…</source>
        <translation>Pas de liaison avec la console : reconnexion…</translation>
    </message>
    <message>
        <source>The token in this link is not valid: scan the QR code again.</source>
        <translation>Le jeton de ce lien n’est pas valide : scannez à nouveau le code QR.</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Consigne</translation>
    </message>
    <message>
        <source>Send cue</source>
        <translation>Envoyer la consigne</translation>
    </message>
    <message>
        <source>Clear cue</source>
        <translation>Effacer la consigne</translation>
    </message>
    <message>
        <source>No cue on screen</source>
        <translation>Aucune consigne à l’écran</translation>
    </message>
    <message>
        <source>Wrap up</source>
        <translation>On conclut</translation>
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
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Écoulé</translation>
    </message>
    <message>
        <source>Projected end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Scène</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Télécommande</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Régie</translation>
    </message>
    <message>
        <source>Audience questions</source>
        <translation>Questions du public</translation>
    </message>
    <message>
        <source>Pinned for the guide</source>
        <translation>Épinglée pour le guide</translation>
    </message>
    <message>
        <source>No question pinned</source>
        <translation>Aucune question épinglée</translation>
    </message>
    <message>
        <source>No new questions</source>
        <translation>Aucune nouvelle question</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <source>×{n}</source>
        <translation>×{n}</translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <source>Twitch</source>
        <translation>Twitch</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
</context>
</TS>
