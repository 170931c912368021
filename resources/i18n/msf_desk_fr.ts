<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>APP</name>
    <message>
        <source>Welcome to MSF Desk</source>
        <translation>Bienvenue dans MSF Desk</translation>
    </message>
    <message>
        <source>This is the first time MSF Desk has run here.

Would you like to start with the demo forum (a forum full of sample records to explore)? Choose No to start your own, empty forum.</source>
        <translation>C&apos;est la première fois que MSF Desk s&apos;ouvre ici.

Voulez-vous commencer par le forum de démonstration (un forum rempli d&apos;exemples à explorer) ? Choisissez Non pour commencer votre propre forum, vide.</translation>
    </message>
    <message>
        <source>Cannot open the forum</source>
        <translation>Impossible d&apos;ouvrir le forum</translation>
    </message>
</context>
<context>
    <name>MAIN_WINDOW</name>
    <message>
        <source>MSF Desk forum (*.msf *.db *.sqlite);;All files (*)</source>
        <translation>Forum MSF Desk (*.msf *.db *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New forum…</source>
        <translation>&amp;Nouveau forum…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Corbeille…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Who changed what, and when</source>
        <translation>Qui a modifié quoi, et quand</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About MSF Desk</source>
        <translation>&amp;À propos de MSF Desk</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Réglages</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>la langue du système</translation>
    </message>
    <message>
        <source>The window will be in {language} when MSF Desk next starts; close it and open it again to change now.</source>
        <translation>La fenêtre sera en {language} au prochain démarrage de MSF Desk ; fermez-la et rouvrez-la pour changer maintenant.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Open a forum file or create a new one from the File menu.</source>
        <translation>Ouvrez un fichier de forum ou créez-en un nouveau depuis le menu Fichier.</translation>
    </message>
    <message>
        <source>Cannot open the forum</source>
        <translation>Impossible d&apos;ouvrir le forum</translation>
    </message>
    <message>
        <source>{file} was left locked by {who} ({since}) when MSF Desk ended without closing it; the lock has been taken over.</source>
        <translation>{file} était resté verrouillé par {who} ({since}) quand MSF Desk s’est arrêté sans le fermer ; le verrou a été repris.</translation>
    </message>
    <message>
        <source>{file} is open for editing by {who} ({since}), so it is open read-only here: you can read and export, but not change anything.</source>
        <translation>{file} est ouvert en modification par {who} ({since}) ; il est donc ouvert ici en lecture seule : vous pouvez lire et exporter, mais rien modifier.</translation>
    </message>
    <message>
        <source>{file} is open for editing by {who}, so it is open read-only here: you can read and export, but not change anything.</source>
        <translation>{file} est ouvert en modification par {who} ; il est donc ouvert ici en lecture seule : vous pouvez lire et exporter, mais rien modifier.</translation>
    </message>
    <message>
        <source>The forum is in use</source>
        <translation>Le forum est en cours d’utilisation</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Try to edit</source>
        <translation>Essayer de modifier</translation>
    </message>
    <message>
        <source>Open the forum for editing if the other person has closed it</source>
        <translation>Ouvrir le forum en modification si l’autre personne l’a fermé</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;Lecture seule.&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <source>Still in use: {who} has it open.</source>
        <translation>Toujours utilisé : {who} l’a ouvert.</translation>
    </message>
    <message>
        <source>{file} is open for editing.</source>
        <translation>{file} est ouvert en modification.</translation>
    </message>
    <message>
        <source>{what} has changes that are not saved. Save them?</source>
        <translation>{what} comporte des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <source>This page has changes that are not saved. Save them?</source>
        <translation>Cette page comporte des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>New forum</source>
        <translation>Nouveau forum</translation>
    </message>
    <message>
        <source>{path} already exists. Choose another name.</source>
        <translation>{path} existe déjà. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Open a forum</source>
        <translation>Ouvrir un forum</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Choose a different file from the one that is open.</source>
        <translation>Choisissez un fichier autre que celui qui est ouvert.</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>Impossible d&apos;enregistrer une copie</translation>
    </message>
    <message>
        <source>Saved a copy to {path}</source>
        <translation>Copie enregistrée dans {path}</translation>
    </message>
    <message>
        <source>Backed up to {file}</source>
        <translation>Sauvegardé dans {file}</translation>
    </message>
    <message>
        <source>{what} did not work: {message}</source>
        <translation>{what} n’a pas fonctionné : {message}</translation>
    </message>
    <message>
        <source>The trash could not be emptied: {error}</source>
        <translation>La corbeille n’a pas pu être vidée : {error}</translation>
    </message>
    <message>
        <source>MSF Desk found damage in {file}. SQLite reports:</source>
        <translation>MSF Desk a trouvé des dommages dans {file}. SQLite signale :</translation>
    </message>
    <message>
        <source>Records may be missing or wrong, and saving more work into this file is not safe.</source>
        <translation>Des enregistrements peuvent manquer ou être faux, et il n’est pas sûr de continuer à enregistrer dans ce fichier.</translation>
    </message>
    <message>
        <source>The forum could not be shown, and was closed without changes.</source>
        <translation>Le forum n’a pas pu être affiché et a été fermé sans modification.</translation>
    </message>
    <message>
        <source>The forum file is damaged</source>
        <translation>Le fichier du forum est endommagé</translation>
    </message>
    <message>
        <source>Restore a backup into a new file and carry on in that one. The newest backup: {when} ({kind}).</source>
        <translation>Restaurez une sauvegarde dans un nouveau fichier et poursuivez dans celui-ci. La sauvegarde la plus récente : {when} ({kind}).</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>There is no backup of this forum yet. Save a copy of it as it is (File → Save a copy) and ask for help before changing anything.</source>
        <translation>Il n’existe encore aucune sauvegarde de ce forum. Enregistrez-en une copie telle quelle (Fichier → Enregistrer une copie) et demandez de l’aide avant de modifier quoi que ce soit.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Open the forum whose backup you want first (File → Open).</source>
        <translation>Ouvrez d’abord le forum dont vous voulez la sauvegarde (Fichier → Ouvrir).</translation>
    </message>
</context>
<context>
    <name>PAGES_PLACEHOLDER</name>
    <message>
        <source>{page} is not yet available in this version of MSF Desk.</source>
        <translation>{page} n’est pas encore disponible dans cette version de MSF Desk.</translation>
    </message>
</context>
<context>
    <name>SIDEBAR</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Procès-verbaux</translation>
    </message>
    <message>
        <source>Ethics</source>
        <translation>Éthique</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Dépôt public</translation>
    </message>
</context>
</TS>
