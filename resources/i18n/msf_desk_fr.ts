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
    <name>COMMANDS_ETHICS</name>
    <message>
        <source>adopt a new version of the ethics statement</source>
        <translation>adopter une nouvelle version de la charte éthique</translation>
    </message>
    <message>
        <source>record the signature of {name}</source>
        <translation>enregistrer la signature de {name}</translation>
    </message>
    <message>
        <source>record the signature of a member</source>
        <translation>enregistrer la signature d&apos;un membre</translation>
    </message>
    <message>
        <source>remove a signature</source>
        <translation>retirer une signature</translation>
    </message>
    <message>
        <source>add a declaration of interests</source>
        <translation>ajouter une déclaration d&apos;intérêts</translation>
    </message>
    <message>
        <source>edit a declaration of interests</source>
        <translation>modifier une déclaration d&apos;intérêts</translation>
    </message>
    <message>
        <source>remove a declaration of interests</source>
        <translation>retirer une déclaration d&apos;intérêts</translation>
    </message>
    <message>
        <source>record a breach</source>
        <translation>enregistrer un manquement</translation>
    </message>
    <message>
        <source>edit a breach</source>
        <translation>modifier un manquement</translation>
    </message>
    <message>
        <source>remove a breach</source>
        <translation>retirer un manquement</translation>
    </message>
    <message>
        <source>record: {name} — {kind}</source>
        <translation>enregistrer : {name} — {kind}</translation>
    </message>
    <message>
        <source>member</source>
        <translation>membre</translation>
    </message>
</context>
<context>
    <name>COMMANDS_MEETINGS</name>
    <message>
        <source>add meeting {title}</source>
        <translation>ajouter la réunion {title}</translation>
    </message>
    <message>
        <source>edit meeting {title}</source>
        <translation>modifier la réunion {title}</translation>
    </message>
    <message>
        <source>record as held {title}</source>
        <translation>marquer comme tenue la réunion {title}</translation>
    </message>
    <message>
        <source>cancel {title}</source>
        <translation>annuler la réunion {title}</translation>
    </message>
    <message>
        <source>postpone {title}</source>
        <translation>reporter la réunion {title}</translation>
    </message>
    <message>
        <source>reinstate {title}</source>
        <translation>rétablir la réunion {title}</translation>
    </message>
    <message>
        <source>delete meeting</source>
        <translation>supprimer la réunion</translation>
    </message>
    <message>
        <source>delete meeting {title}</source>
        <translation>supprimer la réunion {title}</translation>
    </message>
    <message numerus="yes">
        <source>plan %n meeting(s)</source>
        <translation>
            <numerusform>planifier %n réunion</numerusform>
            <numerusform>planifier %n réunions</numerusform>
        </translation>
    </message>
    <message>
        <source>add item {title}</source>
        <translation>ajouter le point {title}</translation>
    </message>
    <message>
        <source>edit item {title}</source>
        <translation>modifier le point {title}</translation>
    </message>
    <message>
        <source>remove item {title}</source>
        <translation>retirer le point {title}</translation>
    </message>
    <message>
        <source>reorder the agenda</source>
        <translation>réordonner l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>add the standing items</source>
        <translation>ajouter les points permanents</translation>
    </message>
    <message>
        <source>copy an agenda</source>
        <translation>copier un ordre du jour</translation>
    </message>
    <message>
        <source>approval by {name}</source>
        <translation>approbation par {name}</translation>
    </message>
    <message>
        <source>record the notice for {title} as sent</source>
        <translation>marquer comme envoyée la convocation de {title}</translation>
    </message>
    <message>
        <source>add paper {title}</source>
        <translation>ajouter le document {title}</translation>
    </message>
    <message>
        <source>edit paper {title}</source>
        <translation>modifier le document {title}</translation>
    </message>
    <message>
        <source>remove paper {title}</source>
        <translation>retirer le document {title}</translation>
    </message>
    <message>
        <source>add holiday {day}</source>
        <translation>ajout du jour férié {day}</translation>
    </message>
    <message>
        <source>remove holiday {day}</source>
        <translation>retrait du jour férié {day}</translation>
    </message>
</context>
<context>
    <name>COMMANDS_MEMBERS</name>
    <message>
        <source>add {name}</source>
        <translation>ajouter {name}</translation>
    </message>
    <message>
        <source>edit {name}</source>
        <translation>modifier {name}</translation>
    </message>
    <message>
        <source>remove {name}</source>
        <translation>retirer {name}</translation>
    </message>
    <message>
        <source>add selection round {title}</source>
        <translation>ajouter le processus de sélection {title}</translation>
    </message>
    <message>
        <source>edit the forum profile</source>
        <translation>modifier le profil du forum</translation>
    </message>
    <message numerus="yes">
        <source>import %n member(s) from {source}</source>
        <translation>
            <numerusform>importer %n membre depuis {source}</numerusform>
            <numerusform>importer %n membres depuis {source}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>COMMANDS_MINUTES</name>
    <message>
        <source>start the minutes</source>
        <translation>commencer le procès-verbal</translation>
    </message>
    <message>
        <source>mark {name}: {presence}</source>
        <translation>noter {name} : {presence}</translation>
    </message>
    <message>
        <source>member</source>
        <translation>membre</translation>
    </message>
    <message>
        <source>add {name}</source>
        <translation>ajouter {name}</translation>
    </message>
    <message>
        <source>remove {name}</source>
        <translation>retirer {name}</translation>
    </message>
    <message>
        <source>add a decision</source>
        <translation>ajouter une décision</translation>
    </message>
    <message>
        <source>remove a decision</source>
        <translation>retirer une décision</translation>
    </message>
    <message>
        <source>record the vote</source>
        <translation>enregistrer le vote</translation>
    </message>
    <message>
        <source>add an action</source>
        <translation>ajouter une action</translation>
    </message>
    <message>
        <source>change an action</source>
        <translation>modifier une action</translation>
    </message>
    <message>
        <source>mark the action {status}</source>
        <translation>marquer l&apos;action : {status}</translation>
    </message>
    <message>
        <source>remove an action</source>
        <translation>retirer une action</translation>
    </message>
    <message>
        <source>record: {kind}</source>
        <translation>enregistrer : {kind}</translation>
    </message>
    <message>
        <source>remove a declaration</source>
        <translation>retirer une déclaration</translation>
    </message>
    <message>
        <source>circulate the minutes</source>
        <translation>diffuser le procès-verbal</translation>
    </message>
</context>
<context>
    <name>COMMANDS_PAPERS</name>
    <message>
        <source>new version of the paper {title}</source>
        <translation>nouvelle version du document {title}</translation>
    </message>
</context>
<context>
    <name>COMMANDS_RESPONSES</name>
    <message>
        <source>answer no. {id} ({outcome})</source>
        <translation>répondre au n° {id} ({outcome})</translation>
    </message>
    <message>
        <source>add a contribution</source>
        <translation>ajouter une contribution</translation>
    </message>
    <message>
        <source>edit contribution no. {id}</source>
        <translation>modifier la contribution n° {id}</translation>
    </message>
    <message>
        <source>attach {file} to no. {id}</source>
        <translation>joindre {file} au n° {id}</translation>
    </message>
    <message>
        <source>edit the summary of {theme}</source>
        <translation>modifier la synthèse de {theme}</translation>
    </message>
    <message>
        <source>edit the summary of contributions without a theme</source>
        <translation>modifier la synthèse des contributions sans thème</translation>
    </message>
    <message>
        <source>add consultation {name}</source>
        <translation>ajouter la consultation {name}</translation>
    </message>
    <message>
        <source>edit consultation {name}</source>
        <translation>modifier la consultation {name}</translation>
    </message>
    <message numerus="yes">
        <source>import %n contribution(s) from {source}</source>
        <translation>
            <numerusform>importer %n contribution depuis {source}</numerusform>
            <numerusform>importer %n contributions depuis {source}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and update %n</source>
        <translation>
            <numerusform> et mettre à jour %n</numerusform>
            <numerusform> et mettre à jour %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>answer %n contribution(s): {outcome}</source>
        <translation>
            <numerusform>répondre à %n contribution : {outcome}</numerusform>
            <numerusform>répondre à %n contributions : {outcome}</numerusform>
        </translation>
    </message>
    <message>
        <source>delete consultation {name}</source>
        <translation>supprimer la consultation {name}</translation>
    </message>
    <message>
        <source>delete contribution no. {id}</source>
        <translation>supprimer la contribution n° {id}</translation>
    </message>
    <message numerus="yes">
        <source>delete %n contribution(s)</source>
        <translation>
            <numerusform>supprimer %n contribution</numerusform>
            <numerusform>supprimer %n contributions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>COMMANDS_STANDARDS</name>
    <message>
        <source>Choose the standards</source>
        <translation>choisir les normes</translation>
    </message>
    <message>
        <source>Record the OGP website</source>
        <translation>enregistrer le site web PGO</translation>
    </message>
    <message>
        <source>Save the action plan {name}</source>
        <translation>enregistrer le plan d&apos;action {name}</translation>
    </message>
    <message>
        <source>Remove an action plan</source>
        <translation>retirer un plan d&apos;action</translation>
    </message>
    <message>
        <source>Save an outreach activity</source>
        <translation>enregistrer une activité de sensibilisation</translation>
    </message>
    <message>
        <source>Remove an outreach activity</source>
        <translation>retirer une activité de sensibilisation</translation>
    </message>
    <message>
        <source>Add the document {title}</source>
        <translation>ajouter le document {title}</translation>
    </message>
    <message>
        <source>Change the document {title}</source>
        <translation>modifier le document {title}</translation>
    </message>
    <message>
        <source>Remove a process document</source>
        <translation>retirer un document de processus</translation>
    </message>
</context>
<context>
    <name>COMMANDS_TRASH</name>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Declaration of interests</source>
        <translation>Déclaration d&apos;intérêts</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>restore {kind} “{label}” from the trash</source>
        <translation>restaurer depuis la corbeille : {kind} « {label} »</translation>
    </message>
</context>
<context>
    <name>DIALOGS_ABOUT</name>
    <message>
        <source>About MSF Desk</source>
        <translation>À propos de MSF Desk</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;font-size:16px&apos;&gt;{version_line}&lt;/b&gt;&lt;br&gt;The secretariat&apos;s desk for a multi-stakeholder forum: membership and parity, meetings, minutes, ethics, reasoned responses and the public repository. Works offline; each forum is one file on your computer.</source>
        <translation>&lt;b style=&apos;font-size:16px&apos;&gt;{version_line}&lt;/b&gt;&lt;br&gt;Le bureau du secrétariat d&apos;un forum multipartite : composition et parité, réunions, procès-verbaux, éthique, réponses motivées et dépôt public. Fonctionne hors ligne ; chaque forum est un fichier sur votre ordinateur.</translation>
    </message>
    <message>
        <source>{qt_line}&lt;br&gt;{python_line}&lt;br&gt;Forums are kept in: {user_data_dir}</source>
        <translation>{qt_line}&lt;br&gt;{python_line}&lt;br&gt;Les forums sont conservés dans : {user_data_dir}</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>aucune trouvée</translation>
    </message>
    <message>
        <source>no licence file found</source>
        <translation>aucun fichier de licence trouvé</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fonts in the PDFs it writes&lt;/b&gt;: {families}, under {names}. The licence as shipped with the fonts:</source>
        <translation>&lt;b&gt;Polices des PDF produits&lt;/b&gt; : {families}, sous {names}. La licence telle que fournie avec les polices :</translation>
    </message>
</context>
<context>
    <name>DIALOGS_BACKUPS</name>
    <message>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>avant une mise à niveau</translation>
    </message>
    <message>
        <source>before the demo replaced it</source>
        <translation>avant son remplacement par la démo</translation>
    </message>
    <message>
        <source>MSF Desk forum (*.msf);;All files (*)</source>
        <translation>Forum MSF Desk (*.msf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Prise le</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Verified: no damage</source>
        <translation>Vérifiée : aucun dommage</translation>
    </message>
    <message>
        <source>Damaged: {item0}</source>
        <translation>Endommagée : {item0}</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>MSF Desk keeps backups of &lt;b&gt;{name}&lt;/b&gt; in &lt;b&gt;{name2}&lt;/b&gt; beside it: one when the forum is opened and at most every 15 minutes while you edit; the last 10, and one a day for 30 days. Each is checked for damage again below.&lt;br&gt;&lt;br&gt;Restoring writes the backup into a &lt;b&gt;new file&lt;/b&gt;; the open forum is not changed.</source>
        <translation>MSF Desk conserve les sauvegardes de &lt;b&gt;{name}&lt;/b&gt; dans &lt;b&gt;{name2}&lt;/b&gt;, à côté du fichier : une à l&apos;ouverture du forum et au plus une toutes les 15 minutes pendant vos modifications ; les 10 dernières, et une par jour pendant 30 jours. Chacune est à nouveau vérifiée ci-dessous.&lt;br&gt;&lt;br&gt;La restauration écrit la sauvegarde dans un &lt;b&gt;nouveau fichier&lt;/b&gt; ; le forum ouvert n&apos;est pas modifié.</translation>
    </message>
    <message>
        <source>There are no backups of {name} yet.</source>
        <translation>Il n&apos;existe encore aucune sauvegarde de {name}.</translation>
    </message>
    <message>
        <source>Restore into a new file…</source>
        <translation>Restaurer dans un nouveau fichier…</translation>
    </message>
    <message>
        <source>Restore into a new file</source>
        <translation>Restaurer dans un nouveau fichier</translation>
    </message>
    <message>
        <source>Restoring the backup of {taken}…</source>
        <translation>Restauration de la sauvegarde du {taken}…</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>The backup was restored into {path}.

Open it now? The forum open now is left as it is; you can open it again from File → Open recent.</source>
        <translation>La sauvegarde a été restaurée dans {path}.

L&apos;ouvrir maintenant ? Le forum ouvert reste tel quel ; vous pourrez le rouvrir depuis Fichier → Fichiers récents.</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>L&apos;ouvrir</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
</context>
<context>
    <name>DIALOGS_ETHICS</name>
    <message numerus="yes">
        <source>Please put right the %n problem(s) marked in red.</source>
        <translation>
            <numerusform>Veuillez corriger le problème signalé en rouge.</numerusform>
            <numerusform>Veuillez corriger les %n problèmes signalés en rouge.</numerusform>
        </translation>
    </message>
    <message>
        <source>New version of the ethics statement</source>
        <translation>Nouvelle version de la charte éthique</translation>
    </message>
    <message>
        <source>Adopt the ethics statement</source>
        <translation>Adopter la charte éthique</translation>
    </message>
    <message>
        <source>What changed, for the record (e.g. adds a rule on gifts)</source>
        <translation>Ce qui a changé, pour mémoire (p. ex. ajoute une règle sur les cadeaux)</translation>
    </message>
    <message>
        <source>Members are asked to sign the new version.</source>
        <translation>Les membres sont invités à signer la nouvelle version.</translation>
    </message>
    <message>
        <source>Start from MSF Desk&apos;s text around the seven principles of public life, and adapt it to the forum&apos;s rules and sanctions.</source>
        <translation>Partez du texte de MSF Desk, bâti autour des sept principes de la vie publique, et adaptez-le aux règles et sanctions du forum.</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Texte</translation>
    </message>
    <message>
        <source>&amp;Adopted on</source>
        <translation>&amp;Adoptée le</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Record a signature of the ethics statement</source>
        <translation>Enregistrer une signature de la charte éthique</translation>
    </message>
    <message>
        <source>(choose a member)</source>
        <translation>(choisir un membre)</translation>
    </message>
    <message>
        <source>Version {version} of {day}</source>
        <translation>Version {version} du {day}</translation>
    </message>
    <message>
        <source>Typed confirmation by the member</source>
        <translation>Confirmation écrite du membre</translation>
    </message>
    <message>
        <source>Scanned signed copy</source>
        <translation>Copie signée numérisée</translation>
    </message>
    <message>
        <source>The scanned file (PDF or image)</source>
        <translation>Le fichier numérisé (PDF ou image)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>&amp;Member</source>
        <translation>&amp;Membre</translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <translation>&amp;Version</translation>
    </message>
    <message>
        <source>&amp;Signed on</source>
        <translation>&amp;Signée le</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>&amp;Confirmation</source>
        <translation>&amp;Confirmation</translation>
    </message>
    <message>
        <source>The member&apos;s own words (from their e-mail or typed by them). Kept on the forum&apos;s record only; never published.</source>
        <translation>Les propres mots du membre (tirés de son courriel ou saisis par lui). Conservés au dossier du forum uniquement ; jamais publiés.</translation>
    </message>
    <message>
        <source>Sc&amp;an</source>
        <translation>Num&amp;érisation</translation>
    </message>
    <message>
        <source>The scanned signed copy</source>
        <translation>La copie signée numérisée</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Numérisations (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Edit an interest</source>
        <translation>Modifier un intérêt</translation>
    </message>
    <message>
        <source>Add an interest</source>
        <translation>Ajouter un intérêt</translation>
    </message>
    <message>
        <source>e.g. Open Budget Coalition</source>
        <translation>p. ex. Coalition pour un budget ouvert</translation>
    </message>
    <message>
        <source>Why it should not be published (e.g. concerns a relative)</source>
        <translation>Pourquoi il ne doit pas être publié (p. ex. concerne un proche)</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>Name it as written on agenda items: conflicts are found by matching names.</source>
        <translation>Nommez-la comme dans les points de l&apos;ordre du jour : les conflits sont détectés par correspondance des noms.</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>A&amp;u</translation>
    </message>
    <message>
        <source>&amp;Visibility</source>
        <translation>&amp;Visibilité</translation>
    </message>
    <message>
        <source>Public interests appear in the published register; forum-only ones never do.</source>
        <translation>Les intérêts publics figurent dans le registre publié ; ceux réservés au forum, jamais.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>Edit the declaration of interests — {member_name}</source>
        <translation>Modifier la déclaration d&apos;intérêts — {member_name}</translation>
    </message>
    <message>
        <source>New declaration of interests — {member_name}</source>
        <translation>Nouvelle déclaration d&apos;intérêts — {member_name}</translation>
    </message>
    <message>
        <source>Nothing to declare</source>
        <translation>Rien à déclarer</translation>
    </message>
    <message>
        <source>Add interest…</source>
        <translation>Ajouter un intérêt…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>&amp;Made on</source>
        <translation>&amp;Faite le</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Nature</translation>
    </message>
    <message>
        <source>&amp;Interests</source>
        <translation>&amp;Intérêts</translation>
    </message>
    <message>
        <source>The whole picture on that day: the newest declaration replaces the earlier ones.</source>
        <translation>La situation complète à cette date : la déclaration la plus récente remplace les précédentes.</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>Edit a breach</source>
        <translation>Modifier un manquement</translation>
    </message>
    <message>
        <source>Record a breach</source>
        <translation>Enregistrer un manquement</translation>
    </message>
    <message>
        <source>(choose the member concerned)</source>
        <translation>(choisir le membre concerné)</translation>
    </message>
    <message>
        <source>e.g. The co-chairs, after hearing the member</source>
        <translation>p. ex. Les coprésidents, après avoir entendu le membre</translation>
    </message>
    <message>
        <source>&amp;Allegation</source>
        <translation>&amp;Allégation</translation>
    </message>
    <message>
        <source>&amp;Reported on</source>
        <translation>&amp;Signalé le</translation>
    </message>
    <message>
        <source>&amp;Handled by</source>
        <translation>&amp;Traité par</translation>
    </message>
    <message>
        <source>&amp;Sanction</source>
        <translation>&amp;Sanction</translation>
    </message>
    <message>
        <source>Under the forum&apos;s rules: no sanction, a warning, a suspension or removal.</source>
        <translation>Selon les règles du forum : aucune sanction, un avertissement, une suspension ou une exclusion.</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Issue</translation>
    </message>
    <message>
        <source>&amp;Decided on</source>
        <translation>&amp;Décidé le</translation>
    </message>
    <message>
        <source>&amp;Closed on</source>
        <translation>&amp;Clos le</translation>
    </message>
    <message>
        <source>A removal ends {who}&apos;s term the day before the decision date: they leave the forum&apos;s seats and the parity count. Edit ▸ Undo puts them back.</source>
        <translation>Une exclusion met fin au mandat de {who} la veille de la date de décision : la personne quitte les sièges du forum et le décompte de la parité. Édition ▸ Annuler la rétablit.</translation>
    </message>
    <message>
        <source>choose the member concerned</source>
        <translation>choisir le membre concerné</translation>
    </message>
</context>
<context>
    <name>DIALOGS_EXPORT</name>
    <message>
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Spreadsheet (.csv)</source>
        <translation>Tableur (.csv)</translation>
    </message>
    <message>
        <source>Open data (.json)</source>
        <translation>Données ouvertes (.json)</translation>
    </message>
    <message>
        <source>Calendar (.ics)</source>
        <translation>Calendrier (.ics)</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Rien n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) in {folder}.</source>
        <translation>
            <numerusform>%n fichier écrit dans {folder}.</numerusform>
            <numerusform>%n fichiers écrits dans {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>You can go on working: close this and the export goes on, shown in the status bar.</source>
        <translation>Vous pouvez continuer à travailler : fermez cette fenêtre et l&apos;exportation se poursuit, affichée dans la barre d&apos;état.</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Annuler l&apos;exportation</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Export into</source>
        <translation>Exporter dans</translation>
    </message>
    <message>
        <source>tick at least one format</source>
        <translation>cochez au moins un format</translation>
    </message>
    <message>
        <source>choose the folder to export into</source>
        <translation>choisissez le dossier d&apos;exportation</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder</source>
        <translation>{folder} est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>The export goes on; the status bar shows it</source>
        <translation>L&apos;exportation se poursuit ; la barre d&apos;état l&apos;affiche</translation>
    </message>
    <message>
        <source>Cancelling… nothing of this export will be written.</source>
        <translation>Annulation… rien de cette exportation ne sera écrit.</translation>
    </message>
    <message>
        <source>Writing {name} ({n} of {count})…</source>
        <translation>Rédaction de {name} ({n} sur {count})…</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Rédaction de {name}…</translation>
    </message>
    <message>
        <source>Export again</source>
        <translation>Exporter à nouveau</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Exportation annulée : aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Nothing was written: {problem}</source>
        <translation>Rien n&apos;a été écrit : {problem}</translation>
    </message>
</context>
<context>
    <name>DIALOGS_HISTORY</name>
    <message>
        <source>action plans</source>
        <translation>plans d&apos;action</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>actions</translation>
    </message>
    <message>
        <source>agenda approvals</source>
        <translation>approbations d&apos;ordre du jour</translation>
    </message>
    <message>
        <source>agenda items</source>
        <translation>points de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>agenda revisions</source>
        <translation>révisions de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>amendments</source>
        <translation>rectificatifs</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>présences</translation>
    </message>
    <message>
        <source>breaches</source>
        <translation>manquements</translation>
    </message>
    <message>
        <source>breakout points</source>
        <translation>points des sous-groupes</translation>
    </message>
    <message>
        <source>breakouts</source>
        <translation>sous-groupes</translation>
    </message>
    <message>
        <source>candidates</source>
        <translation>candidats</translation>
    </message>
    <message>
        <source>consultations</source>
        <translation>consultations</translation>
    </message>
    <message>
        <source>contribution attachments</source>
        <translation>pièces jointes des contributions</translation>
    </message>
    <message>
        <source>contribution links</source>
        <translation>liens entre contributions</translation>
    </message>
    <message>
        <source>contributions</source>
        <translation>contributions</translation>
    </message>
    <message>
        <source>decisions</source>
        <translation>décisions</translation>
    </message>
    <message>
        <source>declarations</source>
        <translation>déclarations</translation>
    </message>
    <message>
        <source>ethics signatures</source>
        <translation>signatures de la charte éthique</translation>
    </message>
    <message>
        <source>ethics statements</source>
        <translation>chartes éthiques</translation>
    </message>
    <message>
        <source>forum</source>
        <translation>forum</translation>
    </message>
    <message>
        <source>holidays</source>
        <translation>jours fériés</translation>
    </message>
    <message>
        <source>import mappings</source>
        <translation>correspondances d&apos;import</translation>
    </message>
    <message>
        <source>interests</source>
        <translation>intérêts</translation>
    </message>
    <message>
        <source>item declarations</source>
        <translation>déclarations sur les points</translation>
    </message>
    <message>
        <source>item minutes</source>
        <translation>procès-verbal des points</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>réunions</translation>
    </message>
    <message>
        <source>members</source>
        <translation>membres</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>procès-verbaux</translation>
    </message>
    <message>
        <source>outreach activities</source>
        <translation>activités de sensibilisation</translation>
    </message>
    <message>
        <source>paper versions</source>
        <translation>versions des documents</translation>
    </message>
    <message>
        <source>papers</source>
        <translation>documents</translation>
    </message>
    <message>
        <source>process documents</source>
        <translation>documents de processus</translation>
    </message>
    <message>
        <source>repository exports</source>
        <translation>exports du dépôt</translation>
    </message>
    <message>
        <source>response reasons</source>
        <translation>motifs de réponse</translation>
    </message>
    <message>
        <source>selection rounds</source>
        <translation>processus de sélection</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>réglages</translation>
    </message>
    <message>
        <source>standing items</source>
        <translation>points permanents</translation>
    </message>
    <message>
        <source>theme summaries</source>
        <translation>synthèses par thème</translation>
    </message>
    <message>
        <source>trash</source>
        <translation>corbeille</translation>
    </message>
    <message>
        <source>Undid: {what}</source>
        <translation>Annulé : {what}</translation>
    </message>
    <message>
        <source>Redid: {what}</source>
        <translation>Rétabli : {what}</translation>
    </message>
    <message>
        <source>Changed the forum</source>
        <translation>Modification du forum</translation>
    </message>
    <message numerus="yes">
        <source>%n in {records}</source>
        <translation>
            <numerusform>%n dans {records}</numerusform>
            <numerusform>%n dans {records}</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed records: {list}</source>
        <translation>Enregistrements modifiés : {list}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>History of {name}</source>
        <translation>Historique de {name}</translation>
    </message>
    <message>
        <source>Filter: a name, a computer, a word of what was done, a date (e.g. Mar 2026)</source>
        <translation>Filtre : un nom, un ordinateur, un mot de l&apos;action, une date (p. ex. mars 2026)</translation>
    </message>
    <message>
        <source>Every change made in this forum, through the window, the command line or an import. The history is for the secretariat: it is never part of a public export.</source>
        <translation>Toutes les modifications apportées à ce forum, par la fenêtre, la ligne de commande ou une importation. L&apos;historique est destiné au secrétariat : il ne fait jamais partie d&apos;une exportation publique.</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n change(s)</source>
        <translation>
            <numerusform>{shown} sur %n modification</numerusform>
            <numerusform>{shown} sur %n modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DIALOGS_IMPORTS</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n problem(s): nothing will be imported.&lt;/b&gt; Correct the file (or the column matching) and try again.</source>
        <translation>
            <numerusform>&lt;b&gt;%n problème : rien ne sera importé.&lt;/b&gt; Corrigez le fichier (ou la correspondance des colonnes) et réessayez.</numerusform>
            <numerusform>&lt;b&gt;%n problèmes : rien ne sera importé.&lt;/b&gt; Corrigez le fichier (ou la correspondance des colonnes) et réessayez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The first %n row(s) as they will be stored&lt;/b&gt; (hover a cell for all of it):</source>
        <translation>
            <numerusform>&lt;b&gt;La première ligne telle qu&apos;elle sera enregistrée&lt;/b&gt; (survolez une cellule pour la voir en entier) :</numerusform>
            <numerusform>&lt;b&gt;Les %n premières lignes telles qu&apos;elles seront enregistrées&lt;/b&gt; (survolez une cellule pour la voir en entier) :</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns left unused: {columns}</source>
        <translation>Colonnes non utilisées : {columns}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Match the columns…</source>
        <translation>Faire correspondre les colonnes…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
</context>
<context>
    <name>DIALOGS_MAIL</name>
    <message>
        <source>E-mail drafts</source>
        <translation>Brouillons de courriel</translation>
    </message>
    <message>
        <source>Written in {folder}:</source>
        <translation>Écrits dans {folder} :</translation>
    </message>
    <message>
        <source>Open in mail client</source>
        <translation>Ouvrir dans la messagerie</translation>
    </message>
    <message>
        <source>With: {files}</source>
        <translation>Avec : {files}</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Opened {name}: check it and press Send in your mail client.</source>
        <translation>{name} est ouvert : vérifiez-le et cliquez sur Envoyer dans votre messagerie.</translation>
    </message>
    <message>
        <source>No program on this computer opens e-mail files (.eml). Open {name} from your mail client, or attach the files to a new message.</source>
        <translation>Aucun programme de cet ordinateur n&apos;ouvre les fichiers de courriel (.eml). Ouvrez {name} depuis votre messagerie, ou joignez les fichiers à un nouveau message.</translation>
    </message>
    <message>
        <source>Write the e-mail draft into…</source>
        <translation>Écrire le brouillon de courriel dans…</translation>
    </message>
    <message numerus="yes">
        <source>To sign the ethics statement: %n member(s) in Bcc.</source>
        <translation>
            <numerusform>Pour signer la charte éthique : %n membre en Cci.</numerusform>
            <numerusform>Pour signer la charte éthique : %n membres en Cci.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To declare their interests: %n member(s) in Bcc.</source>
        <translation>
            <numerusform>Pour déclarer leurs intérêts : %n membre en Cci.</numerusform>
            <numerusform>Pour déclarer leurs intérêts : %n membres en Cci.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) in Bcc; the draft minutes (PDF and Word) attached.</source>
        <translation>
            <numerusform>%n membre en Cci ; le projet de procès-verbal (PDF et Word) en pièce jointe.</numerusform>
            <numerusform>%n membres en Cci ; le projet de procès-verbal (PDF et Word) en pièce jointe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) in Bcc; the invitation (.ics) and the members&apos; pack attached.</source>
        <translation>
            <numerusform>%n membre en Cci ; l&apos;invitation (.ics) et le dossier des membres en pièce jointe.</numerusform>
            <numerusform>%n membres en Cci ; l&apos;invitation (.ics) et le dossier des membres en pièce jointe.</numerusform>
        </translation>
    </message>
    <message>
        <source>To sign, with no e-mail address ({n}): {names}.</source>
        <translation>Pour signer, sans adresse électronique ({n}) : {names}.</translation>
    </message>
    <message>
        <source>To declare, with no e-mail address ({n}): {names}.</source>
        <translation>Pour déclarer, sans adresse électronique ({n}) : {names}.</translation>
    </message>
    <message>
        <source>No e-mail address ({n}), to be sent the minutes by other means: {names}.</source>
        <translation>Sans adresse électronique ({n}), à qui envoyer le procès-verbal par un autre moyen : {names}.</translation>
    </message>
    <message>
        <source>No e-mail address ({n}), to be sent the notice by other means: {names}.</source>
        <translation>Sans adresse électronique ({n}), à qui envoyer la convocation par un autre moyen : {names}.</translation>
    </message>
    <message>
        <source>No e-mail draft: none of the members has an e-mail address. The notice (.txt) and the invitation (.ics) are written.</source>
        <translation>Pas de brouillon de courriel : aucun membre n&apos;a d&apos;adresse électronique. La convocation (.txt) et l&apos;invitation (.ics) sont écrites.</translation>
    </message>
</context>
<context>
    <name>DIALOGS_MEETINGS</name>
    <message>
        <source>Edit meeting</source>
        <translation>Modifier la réunion</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Offer remote participation</source>
        <translation>Proposer une participation à distance</translation>
    </message>
    <message>
        <source>Link or dial-in instructions (members only)</source>
        <translation>Lien ou instructions de connexion (membres uniquement)</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Pas encore décidé</translation>
    </message>
    <message>
        <source>Member {chair_id}</source>
        <translation>Membre {chair_id}</translation>
    </message>
    <message>
        <source>Public: on the public calendar and packs</source>
        <translation>Publique : au calendrier public et dans les dossiers publics</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>The forum&apos;s zone is {zone}; type part of a name to find another.</source>
        <translation>Le fuseau du forum est {zone} ; tapez une partie d&apos;un nom pour en trouver un autre.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Remote details</source>
        <translation>Participation à distance</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <source>{verb} meeting</source>
        <translation>{verb} la réunion</translation>
    </message>
    <message>
        <source>{verb} “{title}” ({day}). Members and the public see the reason.</source>
        <translation>{verb} « {title} » ({day}). Les membres et le public voient le motif.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Say why, in a sentence: members and the public will read it.</source>
        <translation>Dites pourquoi, en une phrase : les membres et le public le liront.</translation>
    </message>
    <message>
        <source>Edit agenda item</source>
        <translation>Modifier le point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Nouveau point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>e.g. budget; procurement</source>
        <translation>p. ex. budget ; marchés publics</translation>
    </message>
    <message>
        <source>Organisations concerned, separated by ;</source>
        <translation>Organisations concernées, séparées par ;</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Presented by</source>
        <translation>Présenté par</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Draft decision</source>
        <translation>Projet de décision</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Forum meeting</source>
        <translation>Réunion du forum</translation>
    </message>
    <message>
        <source>The co-chairs may alternate meeting by meeting.</source>
        <translation>Les coprésidents peuvent alterner d&apos;une réunion à l&apos;autre.</translation>
    </message>
    <message>
        <source>a meeting needs a date</source>
        <translation>une réunion doit avoir une date</translation>
    </message>
    <message>
        <source>a meeting needs a title</source>
        <translation>une réunion doit avoir un titre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Postpone</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>One question for the forum per line.</source>
        <translation>Une question au forum par ligne.</translation>
    </message>
    <message>
        <source>Topics and organisations help find conflicts of interest.</source>
        <translation>Les thèmes et organisations aident à repérer les conflits d&apos;intérêts.</translation>
    </message>
    <message>
        <source>Approve the agenda</source>
        <translation>Approuver l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>personne pour l&apos;instant</translation>
    </message>
    <message>
        <source>Both co-chairs approve the agenda.</source>
        <translation>Les deux coprésidents approuvent l&apos;ordre du jour.</translation>
    </message>
    <message>
        <source>One co-chair approves the agenda.</source>
        <translation>Un coprésident approuve l&apos;ordre du jour.</translation>
    </message>
    <message>
        <source>{rule}
Approved so far by: {done}.</source>
        <translation>{rule}
Approuvé jusqu&apos;ici par : {done}.</translation>
    </message>
    <message>
        <source>Co-chair</source>
        <translation>Coprésident</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Approuvé le</translation>
    </message>
    <message>
        <source>Record approval</source>
        <translation>Enregistrer l&apos;approbation</translation>
    </message>
    <message>
        <source>Give the date of the approval.</source>
        <translation>Indiquez la date de l&apos;approbation.</translation>
    </message>
    <message>
        <source>There is no serving co-chair to approve the agenda.</source>
        <translation>Aucun coprésident en fonction ne peut approuver l&apos;ordre du jour.</translation>
    </message>
    <message>
        <source>Notice to members</source>
        <translation>Convocation des membres</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copier le texte</translation>
    </message>
    <message>
        <source>Save invitation (.ics)…</source>
        <translation>Enregistrer l&apos;invitation (.ics)…</translation>
    </message>
    <message>
        <source>E-mail draft (.eml)…</source>
        <translation>Brouillon de courriel (.eml)…</translation>
    </message>
    <message>
        <source>Write the notice as an e-mail draft to members (Bcc), with the invitation and the members&apos; pack attached, and open it in your mail client</source>
        <translation>Écrire la convocation sous forme de brouillon de courriel aux membres (Cci), avec l&apos;invitation et le dossier des membres en pièce jointe, et l&apos;ouvrir dans votre messagerie</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Envoyée le</translation>
    </message>
    <message>
        <source>Record as sent</source>
        <translation>Enregistrer comme envoyée</translation>
    </message>
    <message>
        <source>Save the invitation</source>
        <translation>Enregistrer l&apos;invitation</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Copy an agenda</source>
        <translation>Copier un ordre du jour</translation>
    </message>
    <message>
        <source>Copy the items (not the papers) of an earlier meeting:</source>
        <translation>Copier les points (pas les documents) d&apos;une réunion antérieure :</translation>
    </message>
    <message>
        <source>Replace this agenda</source>
        <translation>Remplacer cet ordre du jour</translation>
    </message>
    <message>
        <source>Add after the current items</source>
        <translation>Ajouter après les points actuels</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>DIALOGS_MEMBERS</name>
    <message>
        <source>Edit {name}</source>
        <translation>Modifier {name}</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Forcer</translation>
    </message>
    <message>
        <source>The side follows the sector; tick to set it by hand.</source>
        <translation>Le collège suit le secteur ; cochez pour le fixer à la main.</translation>
    </message>
    <message>
        <source>Votes in the forum&apos;s decisions</source>
        <translation>Vote dans les décisions du forum</translation>
    </message>
    <message>
        <source>Has decision-making authority (e.g. minister&apos;s point of contact)</source>
        <translation>Dispose d&apos;un pouvoir de décision (p. ex. point de contact du ministre)</translation>
    </message>
    <message>
        <source>e.g. Appointed by the Minister of Justice</source>
        <translation>p. ex. Nommé par le ministre de la Justice</translation>
    </message>
    <message>
        <source>Agrees to have their name published</source>
        <translation>Accepte la publication de son nom</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>(choose the seat holder)</source>
        <translation>(choisir le titulaire du siège)</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Siège</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>S&amp;ector</source>
        <translation>S&amp;ecteur</translation>
    </message>
    <message>
        <source>Si&amp;de</source>
        <translation>Co&amp;llège</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>Alternate &amp;for</source>
        <translation>Suppléant &amp;de</translation>
    </message>
    <message>
        <source>Term and status</source>
        <translation>Mandat et statut</translation>
    </message>
    <message>
        <source>Term &amp;start</source>
        <translation>&amp;Début du mandat</translation>
    </message>
    <message>
        <source>Term en&amp;d</source>
        <translation>&amp;Fin du mandat</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;ut</translation>
    </message>
    <message>
        <source>Status &amp;date</source>
        <translation>&amp;Date du statut</translation>
    </message>
    <message>
        <source>The day they left, for a member who resigned or was removed.</source>
        <translation>Le jour du départ, pour un membre démissionnaire ou exclu.</translation>
    </message>
    <message>
        <source>How they were chosen</source>
        <translation>Mode de désignation</translation>
    </message>
    <message>
        <source>Selection round</source>
        <translation>Processus de sélection</translation>
    </message>
    <message>
        <source>or appointed by</source>
        <translation>ou nommé par</translation>
    </message>
    <message>
        <source>Private contact (never published)</source>
        <translation>Coordonnées privées (jamais publiées)</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>Co&amp;urriel</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>Public profile</source>
        <translation>Profil public</translation>
    </message>
    <message>
        <source>&amp;Biography</source>
        <translation>&amp;Biographie</translation>
    </message>
    <message numerus="yes">
        <source>Please put right the %n field(s) marked in red.</source>
        <translation>
            <numerusform>Veuillez corriger le champ signalé en rouge.</numerusform>
            <numerusform>Veuillez corriger les %n champs signalés en rouge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a selection round</source>
        <translation>Ajouter un processus de sélection</translation>
    </message>
    <message>
        <source>e.g. Civil society seats — open call 2027</source>
        <translation>p. ex. Sièges de la société civile — appel ouvert 2027</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Les deux collèges</translation>
    </message>
    <message>
        <source>Where the call was published</source>
        <translation>Où l&apos;appel a été publié</translation>
    </message>
    <message>
        <source>Who ran the selection</source>
        <translation>Qui a mené la sélection</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Side</source>
        <translation>&amp;Collège</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Méthode</translation>
    </message>
    <message>
        <source>Call &amp;opened</source>
        <translation>&amp;Ouverture de l&apos;appel</translation>
    </message>
    <message>
        <source>Call &amp;closed</source>
        <translation>&amp;Clôture de l&apos;appel</translation>
    </message>
    <message>
        <source>&amp;Advertised in</source>
        <translation>&amp;Publié dans</translation>
    </message>
    <message>
        <source>&amp;Led by</source>
        <translation>&amp;Mené par</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>&amp;Résultat</translation>
    </message>
    <message>
        <source>Result &amp;date</source>
        <translation>Date du résu&amp;ltat</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
</context>
<context>
    <name>DIALOGS_MINUTES</name>
    <message>
        <source>Add a guest or observer</source>
        <translation>Ajouter un invité ou un observateur</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observateur</translation>
    </message>
    <message>
        <source>Secretariat staff</source>
        <translation>Personnel du secrétariat</translation>
    </message>
    <message>
        <source>Took part remotely</source>
        <translation>A participé à distance</translation>
    </message>
    <message>
        <source>Name may appear in the public minutes</source>
        <translation>Le nom peut figurer dans le procès-verbal public</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Attending as</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Untick when the person asked not to be named: the public version then shows only the organisation.</source>
        <translation>Décochez si la personne a demandé à ne pas être nommée : la version publique n&apos;indique alors que l&apos;organisation.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>give the guest&apos;s name or organisation</source>
        <translation>indiquez le nom ou l&apos;organisation de l&apos;invité</translation>
    </message>
    <message>
        <source>Change the action</source>
        <translation>Modifier l&apos;action</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>(the meeting as a whole)</source>
        <translation>(la réunion dans son ensemble)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>From item</source>
        <translation>Issue du point</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>These minutes are approved: only the status can change.</source>
        <translation>Ce procès-verbal est approuvé : seul le statut peut changer.</translation>
    </message>
    <message>
        <source>Record a declaration</source>
        <translation>Enregistrer une déclaration</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>A recused member is left out of the count for this item&apos;s decisions.</source>
        <translation>Un membre qui se récuse n&apos;est pas compté pour les décisions sur ce point.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>choose the member</source>
        <translation>choisissez le membre</translation>
    </message>
    <message>
        <source>Approve the minutes</source>
        <translation>Approuver le procès-verbal</translation>
    </message>
    <message>
        <source>Approved at</source>
        <translation>Approuvé lors de</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <source>The date of that meeting, unless it was later.</source>
        <translation>La date de cette réunion, sauf si c&apos;était plus tard.</translation>
    </message>
    <message>
        <source>Once approved, the minutes are locked: nothing in them can change. A correction is then a dated amendment. This cannot be undone.</source>
        <translation>Une fois approuvé, le procès-verbal est verrouillé : rien ne peut plus y changer. Une correction devient alors un amendement daté. Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>No forum meeting after this one is recorded as held on or before today. Minutes are approved at a regular or extraordinary meeting that has taken place: record it as held on the Meetings page first.</source>
        <translation>Aucune réunion du forum postérieure à celle-ci n&apos;est enregistrée comme tenue à ce jour. Le procès-verbal est approuvé lors d&apos;une réunion ordinaire ou extraordinaire qui a eu lieu : enregistrez-la d&apos;abord comme tenue dans la page Réunions.</translation>
    </message>
    <message>
        <source>Not ready yet:</source>
        <translation>Pas encore prêt :</translation>
    </message>
    <message>
        <source>Approve and lock</source>
        <translation>Approuver et verrouiller</translation>
    </message>
    <message>
        <source>choose the meeting at which the forum approved them</source>
        <translation>choisissez la réunion lors de laquelle le forum l&apos;a approuvé</translation>
    </message>
    <message>
        <source>Record an amendment</source>
        <translation>Enregistrer un amendement</translation>
    </message>
    <message>
        <source>(not yet agreed at a meeting)</source>
        <translation>(pas encore adopté en réunion)</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Daté du</translation>
    </message>
    <message>
        <source>Agreed at</source>
        <translation>Adopté lors de</translation>
    </message>
    <message>
        <source>write the correction</source>
        <translation>rédigez la correction</translation>
    </message>
</context>
<context>
    <name>DIALOGS_PAPERS</name>
    <message>
        <source>Edit paper</source>
        <translation>Modifier le document</translation>
    </message>
    <message>
        <source>Add a paper</source>
        <translation>Ajouter un document</translation>
    </message>
    <message>
        <source>No item (general paper)</source>
        <translation>Aucun point (document général)</translation>
    </message>
    <message>
        <source>No file</source>
        <translation>Aucun fichier</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>https://… or a citation</source>
        <translation>https://… ou une référence</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <source>Withheld and confidential papers are listed in the public pack without content.</source>
        <translation>Les documents réservés et confidentiels sont listés dans le dossier public sans leur contenu.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Copied into the forum&apos;s storage (at most 200 MB).</source>
        <translation>Copié dans le stockage du forum (200 Mo au plus).</translation>
    </message>
    <message>
        <source>Stored; SHA-256 {sha256}…</source>
        <translation>Enregistré ; SHA-256 {sha256}…</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Printed in the members&apos; pack annex.</source>
        <translation>Imprimé en annexe du dossier des membres.</translation>
    </message>
    <message>
        <source>Choose the paper&apos;s file</source>
        <translation>Choisir le fichier du document</translation>
    </message>
    <message>
        <source>there is no file at {typed}</source>
        <translation>il n&apos;y a pas de fichier à {typed}</translation>
    </message>
    <message>
        <source>{name} is {size_text}; papers can be at most 200 MB: give a link as the reference instead</source>
        <translation>{name} fait {size_text} ; un document ne peut dépasser 200 Mo : donnez plutôt un lien comme référence</translation>
    </message>
    <message>
        <source>attach a file or give a reference (a link or citation)</source>
        <translation>joignez un fichier ou donnez une référence (un lien ou une citation)</translation>
    </message>
</context>
<context>
    <name>DIALOGS_PLANNING</name>
    <message>
        <source>Plan a year of meetings</source>
        <translation>Planifier une année de réunions</translation>
    </message>
    <message>
        <source>The forum meets {frequency}. The planner proposes forum meetings on the weekday and at the times you choose, away from public holidays and the first working days of January, so that no gap is longer than that.</source>
        <translation>Le forum se réunit {frequency}. Le planificateur propose des réunions du forum le jour de la semaine et aux heures que vous choisissez, en dehors des jours fériés et des premiers jours ouvrables de janvier, pour qu&apos;aucun intervalle ne dépasse cette durée.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Vendredi</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Preferred day</source>
        <translation>Jour préféré</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>to</source>
        <comment>from … to … (times)</comment>
        <translation>à</translation>
    </message>
    <message>
        <source>Mark as holiday</source>
        <translation>Marquer comme férié</translation>
    </message>
    <message>
        <source>Avoid this date too:</source>
        <translation>Éviter aussi cette date :</translation>
    </message>
    <message>
        <source>Its name, e.g. Labour Day</source>
        <translation>Son nom, p. ex. Fête du travail</translation>
    </message>
    <message>
        <source>Add to the forum&apos;s holidays</source>
        <translation>Ajouter aux jours fériés du forum</translation>
    </message>
    <message>
        <source>Keep the days avoided for this plan as the forum&apos;s holidays: every plan avoids them and answers do not fall due on them. They are listed on the Forum page; Undo takes them back.</source>
        <translation>Conserver les jours évités pour ce calendrier comme jours fériés du forum : tout calendrier les évitera et aucune réponse n&apos;arrivera à échéance ces jours-là. Ils figurent sur la page Forum ; Annuler les retire.</translation>
    </message>
    <message>
        <source>Create the kept meetings</source>
        <translation>Créer les réunions retenues</translation>
    </message>
    <message>
        <source>Propose again</source>
        <translation>Proposer à nouveau</translation>
    </message>
    <message>
        <source>Type the date to avoid, as {format}, or pick it from the calendar.</source>
        <translation>Tapez la date à éviter, sous la forme {format}, ou choisissez-la dans le calendrier.</translation>
    </message>
    <message>
        <source>Avoiding: {days}</source>
        <translation>Dates évitées : {days}</translation>
    </message>
    <message>
        <source>Added to the forum&apos;s holidays (Forum page): {days}. Undo (Ctrl+Z) takes them back.</source>
        <translation>Ajoutés aux jours fériés du forum (page Forum) : {days}. Annuler (Ctrl+Z) les retire.</translation>
    </message>
    <message>
        <source>Row {row}: &apos;{text}&apos; is not a date; write it as {format} or YYYY-MM-DD.</source>
        <translation>Ligne {row} : « {text} » n&apos;est pas une date ; écrivez-la sous la forme {format} ou AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Row {row}: {day} is a {weekday}.</source>
        <translation>Ligne {row} : le {day} est un {weekday}.</translation>
    </message>
    <message>
        <source>Nothing to propose: every period of the year already has a forum meeting, or the year is past.</source>
        <translation>Rien à proposer : chaque période de l&apos;année a déjà une réunion du forum, ou l&apos;année est passée.</translation>
    </message>
    <message numerus="yes">
        <source>With these meetings, no gap around {year} is longer than %n month(s).</source>
        <translation>
            <numerusform>Avec ces réunions, aucun intervalle autour de {year} ne dépasse %n mois.</numerusform>
            <numerusform>Avec ces réunions, aucun intervalle autour de {year} ne dépasse %n mois.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DIALOGS_RESPONSES</name>
    <message>
        <source>Answer contribution no. {id}</source>
        <translation>Répondre à la contribution n° {id}</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Particulier</translation>
    </message>
    <message>
        <source> — &lt;span style=&apos;color:#c62828&apos;&gt;overdue&lt;/span&gt;</source>
        <translation> — &lt;span style=&apos;color:#c62828&apos;&gt;en retard&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Suite donnée</translation>
    </message>
    <message>
        <source>Choose an outcome…</source>
        <translation>Choisir une suite…</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Why: in words the contributor will understand</source>
        <translation>Pourquoi : en des termes que le contributeur comprendra</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <source>e.g. The forum; the secretariat with the co-chairs</source>
        <translation>p. ex. Le forum ; le secrétariat avec les coprésidents</translation>
    </message>
    <message>
        <source>No meeting</source>
        <translation>Aucune réunion</translation>
    </message>
    <message>
        <source>At the meeting</source>
        <translation>Lors de la réunion</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Répondu le</translation>
    </message>
    <message>
        <source>&lt;b&gt;No. {id}&lt;/b&gt; · received {received_on} by {channel_label} · from {who}</source>
        <translation>&lt;b&gt;N° {id}&lt;/b&gt; · reçue le {received_on} par {channel_label} · de {who}</translation>
    </message>
    <message>
        <source>&lt;br&gt;Due {due_on}</source>
        <translation>&lt;br&gt;Échéance {due_on}</translation>
    </message>
    <message>
        <source>{format} (empty: today, {today})</source>
        <translation>{format} (vide : aujourd&apos;hui, {today})</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>The commitment it became or fed into, if any</source>
        <translation>L&apos;engagement qu&apos;elle est devenue ou qu&apos;elle a nourri, le cas échéant</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>Non lié</translation>
    </message>
    <message>
        <source>Duplicate of no.</source>
        <translation>Doublon du n°</translation>
    </message>
    <message>
        <source>Merged into no.</source>
        <translation>Fusionnée dans le n°</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Save answer</source>
        <translation>Enregistrer la réponse</translation>
    </message>
    <message>
        <source>No recorded decision</source>
        <translation>Aucune décision enregistrée</translation>
    </message>
    <message>
        <source>Optional while the contribution is under consideration; it stays open and keeps counting towards its due date.</source>
        <translation>Facultatif tant que la contribution est à l&apos;étude ; elle reste ouverte et son délai continue de courir.</translation>
    </message>
    <message>
        <source>Required: every outcome but &apos;under consideration&apos; needs a reason.</source>
        <translation>Obligatoire : toute suite autre que « à l&apos;étude » doit être motivée.</translation>
    </message>
    <message>
        <source>choose an outcome</source>
        <translation>choisissez une suite</translation>
    </message>
    <message>
        <source>New consultation</source>
        <translation>Nouvelle consultation</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Modifier {name}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>e.g. Draft commitments</source>
        <translation>p. ex. Projets d&apos;engagements</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Draft concerned</source>
        <translation>Projet concerné</translation>
    </message>
    <message>
        <source>The document people comment on, e.g. Draft Action Plan v2</source>
        <translation>Le document commenté, p. ex. Projet de plan d&apos;action v2</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— non importée —</translation>
    </message>
    <message>
        <source>These columns were mapped the last time a file with the same columns was imported.</source>
        <translation>Ces colonnes ont été associées lors de la dernière importation d&apos;un fichier ayant les mêmes colonnes.</translation>
    </message>
    <message>
        <source>MSF Desk recognised the columns it could. Check them and map the others.</source>
        <translation>MSF Desk a reconnu les colonnes qu&apos;il pouvait. Vérifiez-les et associez les autres.</translation>
    </message>
    <message>
        <source>MSF Desk does not recognise this layout with certainty, so it proposes the matching below: check every column (the text is required) before the rows are checked again.</source>
        <translation>MSF Desk ne reconnaît pas cette présentation avec certitude ; il propose donc la correspondance ci-dessous : vérifiez chaque colonne (le texte est obligatoire) avant que les lignes soient à nouveau contrôlées.</translation>
    </message>
    <message>
        <source>Import contributions: match the columns</source>
        <translation>Importer des contributions : associer les colonnes</translation>
    </message>
    <message>
        <source>Importing into &lt;b&gt;{consultation}&lt;/b&gt;. </source>
        <translation>Importation dans &lt;b&gt;{consultation}&lt;/b&gt;. </translation>
    </message>
    <message>
        <source>Say what each column of the file holds. The contribution text is required; every other field is optional.&lt;br&gt;</source>
        <translation>Indiquez ce que contient chaque colonne du fichier. Le texte de la contribution est obligatoire ; tous les autres champs sont facultatifs.&lt;br&gt;</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Field in MSF Desk</source>
        <translation>Champ dans MSF Desk</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Premières valeurs</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>Contrôler les lignes</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>le fichier</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Rien n&apos;a été importé</translation>
    </message>
    <message numerus="yes">
        <source>{source} has %n problem(s), so nothing was imported. </source>
        <translation>
            <numerusform>{source} comporte %n problème, donc rien n&apos;a été importé. </numerusform>
            <numerusform>{source} comporte %n problèmes, donc rien n&apos;a été importé. </numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the file (or the column matching) and import it again.</source>
        <translation>Corrigez le fichier (ou la correspondance des colonnes) et importez-le à nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>Answer %n contribution(s) at once</source>
        <translation>
            <numerusform>Répondre à %n contribution à la fois</numerusform>
            <numerusform>Répondre à %n contributions à la fois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One answer for &lt;b&gt;%n&lt;/b&gt; contribution(s): {what}. Each keeps its own record; Edit ▸ Undo gives each back the answer it had.</source>
        <translation>
            <numerusform>Une réponse pour &lt;b&gt;%n&lt;/b&gt; contribution : {what}. Chacune garde son propre dossier ; Édition ▸ Annuler rend à chacune la réponse qu&apos;elle avait.</numerusform>
            <numerusform>Une réponse pour &lt;b&gt;%n&lt;/b&gt; contributions : {what}. Chacune garde son propre dossier ; Édition ▸ Annuler rend à chacune la réponse qu&apos;elle avait.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an outcome</source>
        <translation>Choisir une suite</translation>
    </message>
    <message>
        <source>Why, in words the contributors will understand (reasons given before are in the list)</source>
        <translation>Pourquoi, en des termes que les contributeurs comprendront (les motifs déjà donnés sont dans la liste)</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Décidé lors de</translation>
    </message>
    <message>
        <source>Answer {count}</source>
        <translation>Répondre ({count})</translation>
    </message>
    <message>
        <source>New contribution</source>
        <translation>Nouvelle contribution</translation>
    </message>
    <message>
        <source>Edit contribution no. {id}</source>
        <translation>Modifier la contribution n° {id}</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Leave empty for an anonymous contribution</source>
        <translation>Laisser vide pour une contribution anonyme</translation>
    </message>
    <message>
        <source>The contributor agrees to have their name published</source>
        <translation>Le contributeur accepte la publication de son nom</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Contributor type</source>
        <translation>Type de contributeur</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Section of the draft</source>
        <translation>Section du projet</translation>
    </message>
    <message>
        <source>e.g. Commitment 3, paragraph 2</source>
        <translation>p. ex. Engagement 3, paragraphe 2</translation>
    </message>
    <message>
        <source>the date is in the future</source>
        <translation>la date est dans le futur</translation>
    </message>
</context>
<context>
    <name>DIALOGS_SHORTCUTS</name>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Ce qu&apos;il fait</translation>
    </message>
    <message>
        <source>Where it works</source>
        <translation>Où il fonctionne</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Find a shortcut (what it does, or its keys)</source>
        <translation>Trouver un raccourci (ce qu&apos;il fait, ou ses touches)</translation>
    </message>
</context>
<context>
    <name>DIALOGS_STANDARDS</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>Change the action plan</source>
        <translation>Modifier le plan d&apos;action</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Co-creation &amp;starts:</source>
        <translation>Début de la &amp;co-création :</translation>
    </message>
    <message>
        <source>Co-creation &amp;ends:</source>
        <translation>Fin de la co-cré&amp;ation :</translation>
    </message>
    <message>
        <source>&amp;Implementation starts:</source>
        <translation>Début de la &amp;mise en œuvre :</translation>
    </message>
    <message>
        <source>Implementation e&amp;nds:</source>
        <translation>Fin de la mise en œuv&amp;re :</translation>
    </message>
    <message>
        <source>&amp;Timeline published on:</source>
        <translation>Calendrier &amp;publié le :</translation>
    </message>
    <message>
        <source>The day co-creation began.</source>
        <translation>Le jour où la co-création a commencé.</translation>
    </message>
    <message>
        <source>The day the plan was submitted.</source>
        <translation>Le jour où le plan a été soumis.</translation>
    </message>
    <message>
        <source>The day the co-creation timeline went online (due two weeks before co-creation starts).</source>
        <translation>Le jour où le calendrier de co-création a été mis en ligne (dû deux semaines avant le début de la co-création).</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>Timeline &amp;address:</source>
        <translation>&amp;Adresse du calendrier :</translation>
    </message>
    <message>
        <source>Give the action plan a name.</source>
        <translation>Donnez un nom au plan d&apos;action.</translation>
    </message>
    <message>
        <source>The timeline address should start with https://.</source>
        <translation>L&apos;adresse du calendrier doit commencer par https://.</translation>
    </message>
    <message>
        <source>Outreach activity</source>
        <translation>Activité de sensibilisation</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Tenue le :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation>&amp;Ce qui a été fait :</translation>
    </message>
    <message>
        <source>Who was reached, and how (published in the compliance report).</source>
        <translation>Qui a été touché, et comment (publié dans le rapport de conformité).</translation>
    </message>
    <message>
        <source>Give the day the activity took place.</source>
        <translation>Indiquez le jour où l&apos;activité a eu lieu.</translation>
    </message>
    <message>
        <source>Describe the activity.</source>
        <translation>Décrivez l&apos;activité.</translation>
    </message>
    <message>
        <source>Process document</source>
        <translation>Document de processus</translation>
    </message>
    <message>
        <source>Change the process document</source>
        <translation>Modifier le document de processus</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>A copy is kept with the forum&apos;s files.</source>
        <translation>Une copie est conservée avec les fichiers du forum.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>The date the document bears (published, adopted or issued).</source>
        <translation>La date que porte le document (publication, adoption ou émission).</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>A language tag: en, fr, es, pt-BR …</source>
        <translation>Une étiquette de langue : en, fr, es, pt-BR …</translation>
    </message>
    <message>
        <source>&amp;Publish it in the repository</source>
        <translation>&amp;Le publier dans le dépôt</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote :</translation>
    </message>
    <message>
        <source>For the secretariat; never published.</source>
        <translation>Pour le secrétariat ; jamais publiée.</translation>
    </message>
    <message>
        <source>Choose the document&apos;s file</source>
        <translation>Choisir le fichier du document</translation>
    </message>
    <message>
        <source>Choose the document&apos;s file.</source>
        <translation>Choisissez le fichier du document.</translation>
    </message>
</context>
<context>
    <name>DIALOGS_TRASH</name>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé le</translation>
    </message>
    <message>
        <source>Emptied after</source>
        <translation>Vidé après le</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Members, papers, declarations of interest, consultations and contributions you delete wait here for 30 days, then the trash is emptied. Nothing in the trash is shown on the pages, searched or exported. Restoring puts a record back as it was, with what was deleted with it (Edit ▸ Undo sends it back).</source>
        <translation>Les membres, documents, déclarations d&apos;intérêts, consultations et contributions que vous supprimez attendent ici 30 jours, puis la corbeille est vidée. Rien de ce qui est dans la corbeille n&apos;est affiché dans les pages, recherché ou exporté. La restauration remet un enregistrement tel qu&apos;il était, avec ce qui a été supprimé avec lui (Édition ▸ Annuler le renvoie à la corbeille).</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Reading the trash…</source>
        <translation>Lecture de la corbeille…</translation>
    </message>
    <message>
        <source>The trash could not be read: the forum file is damaged.</source>
        <translation>Impossible de lire la corbeille : le fichier du forum est endommagé.</translation>
    </message>
    <message>
        <source>The trash could not be read: {error}</source>
        <translation>Impossible de lire la corbeille : {error}</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Impossible de restaurer</translation>
    </message>
</context>
<context>
    <name>ERRORS</name>
    <message>
        <source>Something went wrong that MSF Desk did not expect. Your saved records are safe: every change is saved whole or not at all.

Details for support: {name__}: {exc}</source>
        <translation>Une erreur inattendue s&apos;est produite dans MSF Desk. Vos enregistrements sauvegardés sont intacts : chaque modification est enregistrée entièrement ou pas du tout.

Détails pour l&apos;assistance : {name__} : {exc}</translation>
    </message>
</context>
<context>
    <name>KEEPER</name>
    <message>
        <source>Saving to the file</source>
        <translation>Enregistrement dans le fichier</translation>
    </message>
    <message>
        <source>Checking the forum</source>
        <translation>Vérification du forum</translation>
    </message>
    <message>
        <source>The automatic backup</source>
        <translation>La sauvegarde automatique</translation>
    </message>
</context>
<context>
    <name>LOCAL_DATES</name>
    <message>
        <source>DD</source>
        <comment>day, in a date format</comment>
        <translation>JJ</translation>
    </message>
    <message>
        <source>MM</source>
        <comment>month, in a date format</comment>
        <translation>MM</translation>
    </message>
    <message>
        <source>YYYY</source>
        <comment>year, in a date format</comment>
        <translation>AAAA</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date; write it as YYYY-MM-DD (e.g. 2026-03-14).</source>
        <translation>« {text} » n&apos;est pas une date ; écrivez-la sous la forme AAAA-MM-JJ (par ex. 2026-03-14).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date; write it as {format} (e.g. {example}) or YYYY-MM-DD (e.g. 2026-03-14).</source>
        <translation>« {text} » n&apos;est pas une date ; écrivez-la sous la forme {format} (par ex. {example}) ou AAAA-MM-JJ (par ex. 2026-03-14).</translation>
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
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Raccourcis clavier…</translation>
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
        <source>&amp;Documents in</source>
        <translation>&amp;Documents en</translation>
    </message>
    <message>
        <source>Documents will be written in {language}.</source>
        <translation>Les documents seront rédigés en {language}.</translation>
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
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
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
        <source>Work still running</source>
        <translation>Travail en cours</translation>
    </message>
    <message>
        <source>{what} is still running. Stop it (nothing of it is written) and close the forum?</source>
        <translation>{what} est encore en cours. L&apos;arrêter (rien n&apos;en sera écrit) et fermer le forum ?</translation>
    </message>
    <message>
        <source>Stop it and close</source>
        <translation>L&apos;arrêter et fermer</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Continuer à travailler</translation>
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
    <name>MODELS_ETHICS</name>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Siège</translation>
    </message>
    <message>
        <source>Ethics statement</source>
        <translation>Charte éthique</translation>
    </message>
    <message>
        <source>Declaration of interests</source>
        <translation>Déclaration d&apos;intérêts</translation>
    </message>
    <message>
        <source>To do: {things}</source>
        <translation>À faire : {things}</translation>
    </message>
    <message>
        <source>Up to date.</source>
        <translation>À jour.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adoptée</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation> (en vigueur)</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signée le</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Typed confirmation: {confirmation}</source>
        <translation>Confirmation écrite : {confirmation}</translation>
    </message>
    <message>
        <source>Scan stored as {stored_path}
SHA-256 {sha256}</source>
        <translation>Numérisation enregistrée sous {stored_path}
SHA-256 {sha256}</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibilité</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Forum only</source>
        <translation>Réservé au forum</translation>
    </message>
    <message>
        <source>Kept within the forum: {reason}</source>
        <translation>Réservé au forum : {reason}</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Signalé</translation>
    </message>
    <message>
        <source>Allegation</source>
        <translation>Allégation</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Traité par</translation>
    </message>
    <message>
        <source>Sanction</source>
        <translation>Sanction</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Suite donnée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>member {id}</source>
        <translation>membre {id}</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Took part in a decision: flagged</source>
        <translation>A pris part à une décision : signalé</translation>
    </message>
    <message>
        <source> (interest kept within the forum)</source>
        <translation> (intérêt réservé au forum)</translation>
    </message>
    <message>
        <source>Recorded: {note}</source>
        <translation>Enregistré : {note}</translation>
    </message>
</context>
<context>
    <name>MODELS_IMPORTS</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Collège</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Droit de vote</translation>
    </message>
    <message>
        <source>High level</source>
        <translation>Haut niveau</translation>
    </message>
    <message>
        <source>Term start</source>
        <translation>Début du mandat</translation>
    </message>
    <message>
        <source>Term end</source>
        <translation>Fin du mandat</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Contributeur</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Suite donnée</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Réponse le</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Votes for</source>
        <translation>Votes pour</translation>
    </message>
    <message>
        <source>Votes against</source>
        <translation>Votes contre</translation>
    </message>
    <message>
        <source>Opinions</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Contributor type</source>
        <translation>Type de contributeur</translation>
    </message>
    <message>
        <source>Name published</source>
        <translation>Nom publié</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Source id</source>
        <translation>Identifiant source</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Répond à</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>MODELS_MEETINGS</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Notice due</source>
        <translation>Convocation due le</translation>
    </message>
    <message>
        <source>  (not public)</source>
        <translation>  (non publique)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>
Overdue: the notice deadline has passed.</source>
        <translation>
En retard : le délai de convocation est dépassé.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Presented by</source>
        <translation>Présenté par</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>
Runs past the meeting&apos;s end.</source>
        <translation>
Dépasse la fin de la réunion.</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <source>File or reference</source>
        <translation>Fichier ou référence</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>version {version}</translation>
    </message>
    <message>
        <source>tabled</source>
        <translation>déposé en séance</translation>
    </message>
    <message>
        <source>Tabled at the meeting</source>
        <translation>Déposé en séance</translation>
    </message>
    <message>
        <source>Added {day}</source>
        <translation>Ajouté le {day}</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Why this date</source>
        <translation>Pourquoi cette date</translation>
    </message>
</context>
<context>
    <name>MODELS_MEMBERS</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Collège</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Term start</source>
        <translation>Début du mandat</translation>
    </message>
    <message>
        <source>Term end</source>
        <translation>Fin du mandat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Alternate for {names}</source>
        <translation>Suppléant de {names}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>The term ended on {term_end}: update the status or the term.</source>
        <translation>Le mandat a pris fin le {term_end} : mettez à jour le statut ou le mandat.</translation>
    </message>
    <message numerus="yes">
        <source>The term ends on {term_end}, in %n day(s).</source>
        <translation>
            <numerusform>Le mandat prend fin le {term_end}, dans %n jour.</numerusform>
            <numerusform>Le mandat prend fin le {term_end}, dans %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Has not agreed to have their name published.</source>
        <translation>N&apos;a pas accepté la publication de son nom.</translation>
    </message>
    <message>
        <source>{status_label} on {status_date}</source>
        <translation>{status_label} le {status_date}</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Gov. : non-gov.</source>
        <translation>Gouv. : non gouv.</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Équilibre</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>Even</source>
        <translation>Égal</translation>
    </message>
    <message>
        <source>No seats</source>
        <translation>Aucun siège</translation>
    </message>
    <message>
        <source>+{n} government</source>
        <translation>+{n} gouvernemental</translation>
    </message>
    <message>
        <source>+{n} non-government</source>
        <translation>+{n} non gouvernemental</translation>
    </message>
    <message>
        <source>{name} leaves</source>
        <translation>départ de {name}</translation>
    </message>
    <message>
        <source>{name} joins</source>
        <translation>arrivée de {name}</translation>
    </message>
    <message>
        <source>From {on}: {government} government, {non_government} non-government seats.</source>
        <translation>À partir du {on} : {government} sièges gouvernementaux, {non_government} non gouvernementaux.</translation>
    </message>
    <message>
        <source>Leaves: {n}</source>
        <translation>Départs : {n}</translation>
    </message>
    <message>
        <source>Joins: {n}</source>
        <translation>Arrivées : {n}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Call opened</source>
        <translation>Ouverture de l&apos;appel</translation>
    </message>
    <message>
        <source>Call closed</source>
        <translation>Clôture de l&apos;appel</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Les deux collèges</translation>
    </message>
    <message>
        <source>Advertised: {advertised}</source>
        <translation>Publié dans : {advertised}</translation>
    </message>
    <message>
        <source>Led by: {led_by}</source>
        <translation>Mené par : {led_by}</translation>
    </message>
    <message>
        <source>Result: {result}</source>
        <translation>Résultat : {result}</translation>
    </message>
    <message numerus="yes">
        <source>(%n vote(s))</source>
        <translation>
            <numerusform>(%n voix)</numerusform>
            <numerusform>(%n voix)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MODELS_MINUTES</name>
    <message>
        <source>In person</source>
        <translation>En présentiel</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>À distance</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Sitting for</source>
        <translation>Siège pour</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Collège</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observateur</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secrétariat</translation>
    </message>
    <message>
        <source>Alternate for {name}</source>
        <translation>Suppléant de {name}</translation>
    </message>
    <message>
        <source>{presence} — keys: P in person, R remote, A apologies, X absent</source>
        <translation>{presence} — touches : P présentiel, R à distance, A excusé, X absent</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message numerus="yes">
        <source> — %n day(s) overdue</source>
        <translation>
            <numerusform> — en retard de %n jour</numerusform>
            <numerusform> — en retard de %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MODELS_REPOSITORY</name>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Prochaine étape</translation>
    </message>
</context>
<context>
    <name>MODELS_RESPONSES</name>
    <message>
        <source>Not yet answered</source>
        <translation>Sans réponse à ce jour</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Suite donnée</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <source>No consent to publish the name: the public sees {shown}</source>
        <translation>Pas de consentement à publier le nom : le public voit {shown}</translation>
    </message>
    <message>
        <source>&apos;Individual&apos;</source>
        <translation>« Particulier »</translation>
    </message>
    <message>
        <source>Overdue: not answered by its due date</source>
        <translation>En retard : sans réponse à l&apos;échéance</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Particulier</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Retenue</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionnée</translation>
    </message>
    <message>
        <source>Not included</source>
        <translation>Non retenue</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Hors sujet</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Reportée</translation>
    </message>
    <message>
        <source>Considering</source>
        <translation>À l&apos;étude</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>Summary written</source>
        <translation>Synthèse rédigée</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Sans thème</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>En partie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Working days late</source>
        <translation>Jours ouvrés de retard</translation>
    </message>
</context>
<context>
    <name>MODELS_STANDARDS</name>
    <message>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>Co-creation</source>
        <translation>Co-création</translation>
    </message>
    <message>
        <source>Timeline published</source>
        <translation>Calendrier publié</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Tenue le</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Ce qui a été fait</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No (forum only)</source>
        <translation>Non (réservé au forum)</translation>
    </message>
</context>
<context>
    <name>MODELS_TODAY</name>
    <message>
        <source>Notice and pack</source>
        <translation>Convocation et dossier de séance</translation>
    </message>
    <message>
        <source>Meeting to record</source>
        <translation>Réunion à consigner</translation>
    </message>
    <message>
        <source>Minutes to circulate</source>
        <translation>Procès-verbal à diffuser</translation>
    </message>
    <message>
        <source>Minutes to approve</source>
        <translation>Procès-verbal à approuver</translation>
    </message>
    <message>
        <source>Minutes to publish</source>
        <translation>Procès-verbal à publier</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Declaration of interests</source>
        <translation>Déclaration d&apos;intérêts</translation>
    </message>
    <message>
        <source>Ethics statement</source>
        <translation>Charte d&apos;éthique</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Mandats</translation>
    </message>
    <message>
        <source>Parity</source>
        <translation>Parité</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Dépôt public</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>
Double-click to open the place to act.</source>
        <translation>
Double-cliquez pour ouvrir l&apos;endroit où agir.</translation>
    </message>
</context>
<context>
    <name>PAGES_AGENDA_EDITOR</name>
    <message>
        <source>Approve…</source>
        <translation>Approuver…</translation>
    </message>
    <message>
        <source>Notice…</source>
        <translation>Convocation…</translation>
    </message>
    <message>
        <source>Export pack…</source>
        <translation>Exporter le dossier…</translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation>Ajouter un point…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the item up (Alt+Up), or drag it</source>
        <translation>Monter le point (Alt+Haut), ou le faire glisser</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the item down (Alt+Down), or drag it</source>
        <translation>Descendre le point (Alt+Bas), ou le faire glisser</translation>
    </message>
    <message>
        <source>Standing items</source>
        <translation>Points permanents</translation>
    </message>
    <message>
        <source>Add the forum&apos;s standing items (welcome, declarations of interest, previous minutes, matters arising, any other business)</source>
        <translation>Ajouter les points permanents du forum (accueil, déclarations d&apos;intérêts, procès-verbal précédent, suites données, questions diverses)</translation>
    </message>
    <message>
        <source>Copy from…</source>
        <translation>Copier depuis…</translation>
    </message>
    <message>
        <source>Copy the items of an earlier meeting</source>
        <translation>Copier les points d&apos;une réunion antérieure</translation>
    </message>
    <message>
        <source>Add paper…</source>
        <translation>Ajouter un document…</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:#fde7b0&apos;&gt;&amp;nbsp;Withheld as pre-decision&amp;nbsp;&lt;/span&gt;&amp;nbsp; &lt;span style=&apos;background:#f8c9c4&apos;&gt;&amp;nbsp;Confidential&amp;nbsp;&lt;/span&gt;&amp;nbsp; listed in the public pack without content.</source>
        <translation>&lt;span style=&apos;background:#fde7b0&apos;&gt;&amp;nbsp;Réservé avant décision&amp;nbsp;&lt;/span&gt;&amp;nbsp; &lt;span style=&apos;background:#f8c9c4&apos;&gt;&amp;nbsp;Confidentiel&amp;nbsp;&lt;/span&gt;&amp;nbsp; cités dans le dossier public sans leur contenu.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No meeting selected&lt;/h3&gt;Choose a meeting in the list or the calendar, or add one.</source>
        <translation>&lt;h3&gt;Aucune réunion choisie&lt;/h3&gt;Choisissez une réunion dans la liste ou le calendrier, ou ajoutez-en une.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&apos;color:#8a4b00&apos;&gt;&lt;b&gt;Minutes approved:&lt;/b&gt; this meeting, its agenda and papers are locked as approved. A correction is a dated amendment to the minutes.&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&apos;color:#8a4b00&apos;&gt;&lt;b&gt;Procès-verbal approuvé :&lt;/b&gt; cette réunion, son ordre du jour et ses documents sont verrouillés tels qu’approuvés. Une correction se fait par un amendement daté au procès-verbal.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agenda sent&lt;/b&gt; with the notice on {agenda_sent_on}.</source>
        <translation>&lt;b&gt;Ordre du jour envoyé&lt;/b&gt; avec la convocation le {agenda_sent_on}.</translation>
    </message>
    <message>
        <source>Notice (sent)…</source>
        <translation>Convocation (envoyée)…</translation>
    </message>
    <message>
        <source>, not public</source>
        <translation>, non publique</translation>
    </message>
    <message>
        <source>location to be confirmed</source>
        <translation>lieu à confirmer</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>proposée</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>non proposée</translation>
    </message>
    <message>
        <source>Remote participation: {remote}</source>
        <translation>Participation à distance : {remote}</translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>Statut : &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Chair: {chair}</source>
        <translation>Présidence : {chair}</translation>
    </message>
    <message>
        <source>Papers due {papers_due} · notice due {notice_due}</source>
        <translation>Documents dus le {papers_due} · convocation due le {notice_due}</translation>
    </message>
    <message>
        <source>Notice sent {notice_sent_on}</source>
        <translation>Convocation envoyée le {notice_sent_on}</translation>
    </message>
    <message>
        <source>Objective: {objective}</source>
        <translation>Objectif : {objective}</translation>
    </message>
    <message>
        <source>No items yet: add items, the standing items, or copy an earlier agenda.</source>
        <translation>Aucun point pour l&apos;instant : ajoutez des points, les points permanents, ou copiez un ordre du jour antérieur.</translation>
    </message>
    <message numerus="yes">
        <source>Ends at {end}, %n minute(s) before the meeting&apos;s end.</source>
        <translation>
            <numerusform>Se termine à {end}, %n minute avant la fin de la réunion.</numerusform>
            <numerusform>Se termine à {end}, %n minutes avant la fin de la réunion.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ends at {end}, on time.</source>
        <translation>Se termine à {end}, à l’heure.</translation>
    </message>
    <message>
        <source>a co-chair</source>
        <translation>un coprésident ou une coprésidente</translation>
    </message>
    <message>
        <source>&lt;b&gt;Draft agenda&lt;/b&gt;: approved by {done}; waiting for {waiting}.</source>
        <translation>&lt;b&gt;Projet d&apos;ordre du jour&lt;/b&gt; : approuvé par {done} ; en attente de {waiting}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Draft agenda&lt;/b&gt;: waiting for {waiting}.</source>
        <translation>&lt;b&gt;Projet d&apos;ordre du jour&lt;/b&gt; : en attente de {waiting}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agenda sent&lt;/b&gt; with the notice on {agenda_sent_on}. Changes now are listed as dated revisions in the next pack.</source>
        <translation>&lt;b&gt;Ordre du jour envoyé&lt;/b&gt; avec la convocation le {agenda_sent_on}. Les changements figurent désormais comme révisions datées dans le prochain dossier.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agenda approved&lt;/b&gt; by {done}. Ready to send with the notice.</source>
        <translation>&lt;b&gt;Ordre du jour approuvé&lt;/b&gt; par {done}. Prêt à partir avec la convocation.</translation>
    </message>
</context>
<context>
    <name>PAGES_BASE</name>
    <message>
        <source>This page could not be read from the forum file: {error}</source>
        <translation>Cette page n’a pas pu être lue dans le fichier du forum : {error}</translation>
    </message>
    <message>
        <source>{what} is still running. Wait until it ends, or cancel it in the status bar, then export again.</source>
        <translation>{what} est encore en cours. Attendez la fin, ou annulez-le dans la barre d&apos;état, puis exportez à nouveau.</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Exportation annulée : aucun fichier n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>PAGES_ETHICS</name>
    <message>
        <source>Compliance</source>
        <translation>Conformité</translation>
    </message>
    <message>
        <source>Ethics statement</source>
        <translation>Charte éthique</translation>
    </message>
    <message>
        <source>Declarations</source>
        <translation>Déclarations</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Manquements</translation>
    </message>
    <message>
        <source>Reading the ethics records…</source>
        <translation>Lecture des registres d’éthique…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Only members to remind</source>
        <translation>Seulement les membres à relancer</translation>
    </message>
    <message>
        <source>Copy reminder list</source>
        <translation>Copier la liste de relance</translation>
    </message>
    <message>
        <source>E-mail reminders…</source>
        <translation>Relances par courriel…</translation>
    </message>
    <message>
        <source>Compliance summary…</source>
        <translation>Synthèse de conformité…</translation>
    </message>
    <message>
        <source>Register of interests…</source>
        <translation>Registre des intérêts…</translation>
    </message>
    <message>
        <source>Declarations due within</source>
        <translation>Déclarations dues dans les</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:#d6efd8&apos;&gt;&amp;nbsp;Green&amp;nbsp;&lt;/span&gt; up to date &amp;nbsp; &lt;span style=&apos;background:#fde7b0&apos;&gt;&amp;nbsp;Amber&amp;nbsp;&lt;/span&gt; to sign or due soon &amp;nbsp; &lt;span style=&apos;background:#f6c1bd&apos;&gt;&amp;nbsp;Red&amp;nbsp;&lt;/span&gt; missing or overdue. Double-click a member to see their declarations.</source>
        <translation>&lt;span style=&apos;background:#d6efd8&apos;&gt;&amp;nbsp;Vert&amp;nbsp;&lt;/span&gt; à jour &amp;nbsp; &lt;span style=&apos;background:#fde7b0&apos;&gt;&amp;nbsp;Orange&amp;nbsp;&lt;/span&gt; à signer ou bientôt dû &amp;nbsp; &lt;span style=&apos;background:#f6c1bd&apos;&gt;&amp;nbsp;Rouge&amp;nbsp;&lt;/span&gt; manquant ou en retard. Double-cliquez sur un membre pour voir ses déclarations.</translation>
    </message>
    <message>
        <source>New version…</source>
        <translation>Nouvelle version…</translation>
    </message>
    <message>
        <source>Record a signature…</source>
        <translation>Enregistrer une signature…</translation>
    </message>
    <message>
        <source>Remove signature…</source>
        <translation>Retirer une signature…</translation>
    </message>
    <message>
        <source>For a signature entered by mistake.</source>
        <translation>Pour une signature saisie par erreur.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Signatures of the chosen version</source>
        <translation>Signatures de la version choisie</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>New declaration…</source>
        <translation>Nouvelle déclaration…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Declaration form…</source>
        <translation>Formulaire de déclaration…</translation>
    </message>
    <message>
        <source>A form pre-filled with what is on record, to print and sign.</source>
        <translation>Un formulaire prérempli avec ce qui est au dossier, à imprimer et signer.</translation>
    </message>
    <message>
        <source>Declarations (newest last)</source>
        <translation>Déclarations (la plus récente en dernier)</translation>
    </message>
    <message>
        <source>Interests declared</source>
        <translation>Intérêts déclarés</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Found by matching the organisations and topics each agenda item names against the interests members have declared (not their seat&apos;s organisation). Recusals, waivers and declarations made at the meeting are recorded in its minutes.</source>
        <translation>Repérés en rapprochant les organisations et thèmes cités par chaque point de l&apos;ordre du jour des intérêts déclarés par les membres (et non de l&apos;organisation de leur siège). Récusations, dérogations et déclarations faites en séance sont consignées au procès-verbal.</translation>
    </message>
    <message>
        <source>Record a breach…</source>
        <translation>Enregistrer un manquement…</translation>
    </message>
    <message>
        <source>Allegations that a member broke the ethics statement, how they were handled and the sanction under the forum&apos;s rules. A removal ends the member&apos;s term.</source>
        <translation>Allégations selon lesquelles un membre a enfreint la charte éthique, leur traitement et la sanction prévue par les règles du forum. Une exclusion met fin au mandat du membre.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) to remind.</source>
        <translation>
            <numerusform>%n membre à relancer.</numerusform>
            <numerusform>%n membres à relancer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody needs a reminder.</source>
        <translation>Personne à relancer.</translation>
    </message>
    <message>
        <source>The forum has not adopted an ethics statement yet. Choose “New version…” to start from MSF Desk&apos;s text.</source>
        <translation>Le forum n&apos;a pas encore adopté de charte éthique. Choisissez « Nouvelle version… » pour partir du texte de MSF Desk.</translation>
    </message>
    <message>
        <source>Not signed by: {names}.</source>
        <translation>Non signée par : {names}.</translation>
    </message>
    <message>
        <source>Remove the declaration of {made_on} made by {member_id}?

Use this for a declaration entered by mistake; a change of interests is a new declaration. It goes to the trash for 30 days (File ▸ Trash…); you can also undo it with Edit ▸ Undo.</source>
        <translation>Retirer la déclaration du {made_on} faite par {member_id} ?

À utiliser pour une déclaration saisie par erreur ; un changement d&apos;intérêts fait l&apos;objet d&apos;une nouvelle déclaration. Elle part à la corbeille pour 30 jours (Fichier ▸ Corbeille…) ; vous pouvez aussi l&apos;annuler avec Édition ▸ Annuler.</translation>
    </message>
    <message>
        <source>Ethics reminders, {today}:</source>
        <translation>Relances éthiques, {today} :</translation>
    </message>
    <message>
        <source>The public: public interests only, names as the privacy settings allow</source>
        <translation>Le public : intérêts publics uniquement, noms selon les réglages de confidentialité</translation>
    </message>
    <message>
        <source>Members of the forum: includes interests kept within the forum</source>
        <translation>Membres du forum : y compris les intérêts réservés au forum</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Impossible d&apos;exporter</translation>
    </message>
    <message>
        <source>Writing the {title}…</source>
        <translation>Rédaction : {title}…</translation>
    </message>
    <message>
        <source>Signed by every member.</source>
        <translation>Signée par tous les membres.</translation>
    </message>
    <message>
        <source>No declaration on record: choose “New declaration…”.</source>
        <translation>Aucune déclaration au dossier : choisissez « Nouvelle déclaration… ».</translation>
    </message>
    <message>
        <source>Nothing to declare.</source>
        <translation>Rien à déclarer.</translation>
    </message>
    <message numerus="yes">
        <source>%n interest(s) kept within the forum (never published).</source>
        <translation>
            <numerusform>%n intérêt réservé au forum (jamais publié).</numerusform>
            <numerusform>%n intérêts réservés au forum (jamais publiés).</numerusform>
        </translation>
    </message>
    <message>
        <source>All these interests appear in the public register.</source>
        <translation>Tous ces intérêts figurent dans le registre public.</translation>
    </message>
    <message>
        <source>Cannot adopt the new version</source>
        <translation>Impossible d&apos;adopter la nouvelle version</translation>
    </message>
    <message>
        <source>Cannot record the signature</source>
        <translation>Impossible d&apos;enregistrer la signature</translation>
    </message>
    <message>
        <source>Remove signature</source>
        <translation>Retirer la signature</translation>
    </message>
    <message>
        <source>Remove {name}&apos;s signature of version {statement_version}?

Use this for a signature entered by mistake. You can undo it with Edit ▸ Undo.</source>
        <translation>Retirer la signature de la version {statement_version} par {name} ?

À utiliser pour une signature saisie par erreur. Vous pouvez l&apos;annuler avec Édition ▸ Annuler.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Cannot remove the signature</source>
        <translation>Impossible de retirer la signature</translation>
    </message>
    <message>
        <source>Cannot save the declaration</source>
        <translation>Impossible d&apos;enregistrer la déclaration</translation>
    </message>
    <message>
        <source>Remove declaration</source>
        <translation>Retirer la déclaration</translation>
    </message>
    <message>
        <source>Cannot remove the declaration</source>
        <translation>Impossible de retirer la déclaration</translation>
    </message>
    <message>
        <source>Cannot record the breach</source>
        <translation>Impossible d&apos;enregistrer le manquement</translation>
    </message>
    <message>
        <source>Cannot save the breach</source>
        <translation>Impossible d&apos;enregistrer le manquement</translation>
    </message>
    <message>
        <source>Remove breach</source>
        <translation>Retirer le manquement</translation>
    </message>
    <message>
        <source>Remove this entry from the breach register?

Use this for an entry made by mistake; a removal already applied to the member stays (edit the member to reinstate them). You can undo it with Edit ▸ Undo.</source>
        <translation>Retirer cette entrée du registre des manquements ?

À utiliser pour une entrée saisie par erreur ; une exclusion déjà appliquée au membre demeure (modifiez le membre pour le rétablir). Vous pouvez l&apos;annuler avec Édition ▸ Annuler.</translation>
    </message>
    <message>
        <source>Cannot remove the breach</source>
        <translation>Impossible de retirer le manquement</translation>
    </message>
    <message>
        <source>E-mail reminders</source>
        <translation>Relances par courriel</translation>
    </message>
    <message>
        <source>Writing the reminders…</source>
        <translation>Rédaction des relances…</translation>
    </message>
    <message numerus="yes">
        <source>Copied the reminder list (%n member(s)).</source>
        <translation>
            <numerusform>Liste de relance copiée (%n membre).</numerusform>
            <numerusform>Liste de relance copiée (%n membres).</numerusform>
        </translation>
    </message>
    <message>
        <source>Register of interests</source>
        <translation>Registre des intérêts</translation>
    </message>
    <message>
        <source>Ethics compliance summary</source>
        <translation>Synthèse de conformité éthique</translation>
    </message>
    <message>
        <source>Declaration form</source>
        <translation>Formulaire de déclaration</translation>
    </message>
    <message>
        <source>Wrote {names} in {parent}</source>
        <translation>{names} écrit(s) dans {parent}</translation>
    </message>
    <message>
        <source>Nothing written.</source>
        <translation>Rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>PAGES_FORUM</name>
    <message>
        <source>The forum profile</source>
        <translation>Le profil du forum</translation>
    </message>
    <message>
        <source>Both sides must be present</source>
        <translation>Les deux collèges doivent être présents</translation>
    </message>
    <message>
        <source>Both co-chairs approve agendas and minutes</source>
        <translation>Les deux coprésidents approuvent ordres du jour et procès-verbaux</translation>
    </message>
    <message>
        <source>The Action Plan is being developed (meet monthly)</source>
        <translation>Le plan d&apos;action est en cours d&apos;élaboration (réunion mensuelle)</translation>
    </message>
    <message>
        <source>Publish members&apos; names (otherwise organisations only)</source>
        <translation>Publier le nom des membres (sinon, organisations seulement)</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> jours ouvrés</translation>
    </message>
    <message>
        <source>e.g. 2/3 or 6</source>
        <translation>p. ex. 2/3 ou 6</translation>
    </message>
    <message>
        <source>Optional: the rule in your own words, published as written</source>
        <translation>Facultatif : la règle dans vos propres mots, publiée telle quelle</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nom@exemple.org</translation>
    </message>
    <message>
        <source>The city or region a local forum serves</source>
        <translation>La ville ou la région que sert un forum local</translation>
    </message>
    <message>
        <source>e.g. en, fr</source>
        <translation>par ex. en, fr</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Ressort</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Document languages</source>
        <translation>Langues des documents</translation>
    </message>
    <message>
        <source>The languages its documents are written in (en, fr, es, ar), first the default for exports.</source>
        <translation>Les langues de ses documents (en, fr, es, ar), la première par défaut pour les exports.</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Organisme chef de file</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Meeting times are shown in this zone.</source>
        <translation>Les heures des réunions sont affichées dans ce fuseau.</translation>
    </message>
    <message>
        <source>Remit</source>
        <translation>Mandat du forum</translation>
    </message>
    <message>
        <source>Governance and decisions</source>
        <translation>Gouvernance et décisions</translation>
    </message>
    <message>
        <source>Decision rule</source>
        <translation>Règle de décision</translation>
    </message>
    <message>
        <source>Qualified majority</source>
        <translation>Majorité qualifiée</translation>
    </message>
    <message>
        <source>Counted</source>
        <comment>the base of a qualified majority</comment>
        <translation>Calculée</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <source>Quorum value</source>
        <translation>Valeur du quorum</translation>
    </message>
    <message>
        <source>Quorum as written</source>
        <translation>Quorum tel que rédigé</translation>
    </message>
    <message>
        <source>What it may decide</source>
        <translation>Ce qu&apos;il peut décider</translation>
    </message>
    <message>
        <source>Who sets the agenda</source>
        <translation>Qui fixe l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation>Conflits d&apos;intérêts</translation>
    </message>
    <message>
        <source>Declarations renewed every</source>
        <translation>Déclarations renouvelées tous les</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Meets at least every</source>
        <translation>Se réunit au moins tous les</translation>
    </message>
    <message>
        <source>Notice and papers</source>
        <translation>Convocation et documents</translation>
    </message>
    <message>
        <source>Days before a meeting that papers go out.</source>
        <translation>Nombre de jours avant une réunion où les documents sont envoyés.</translation>
    </message>
    <message>
        <source>Detail of minutes</source>
        <translation>Niveau de détail du procès-verbal</translation>
    </message>
    <message>
        <source>Transparency and contact</source>
        <translation>Transparence et contact</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>Courriel de contact</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Téléphone de contact</translation>
    </message>
    <message>
        <source>Answer questions within</source>
        <translation>Répondre aux questions sous</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Sièges</translation>
    </message>
    <message>
        <source>Government seats</source>
        <translation>Sièges gouvernementaux</translation>
    </message>
    <message>
        <source>Non-government seats</source>
        <translation>Sièges non gouvernementaux</translation>
    </message>
    <message>
        <source>For parity both should be equal.</source>
        <translation>Pour la parité, les deux doivent être égaux.</translation>
    </message>
    <message>
        <source>Governance as published</source>
        <translation>Gouvernance telle que publiée</translation>
    </message>
    <message>
        <source>Forum profile</source>
        <translation>Profil du forum</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Throw away the changes not yet saved</source>
        <translation>Abandonner les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>Documents</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n day(s) before each meeting</source>
        <translation>
            <numerusform>Envoyés %n jour avant chaque réunion</numerusform>
            <numerusform>Envoyés %n jours avant chaque réunion</numerusform>
        </translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <source>Members&apos; names are published</source>
        <translation>Le nom des membres est publié</translation>
    </message>
    <message>
        <source>Organisations only are published</source>
        <translation>Seules les organisations sont publiées</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: put right the %n field(s) marked in red</source>
        <translation>
            <numerusform>Non enregistré : corrigez le champ signalé en rouge</numerusform>
            <numerusform>Non enregistré : corrigez les %n champs signalés en rouge</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save the forum profile</source>
        <translation>Impossible d&apos;enregistrer le profil du forum</translation>
    </message>
</context>
<context>
    <name>PAGES_MEETINGS</name>
    <message>
        <source>New meeting…</source>
        <translation>Nouvelle réunion…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Plan a year…</source>
        <translation>Planifier une année…</translation>
    </message>
    <message>
        <source>Record as held</source>
        <translation>Consigner comme tenue</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Annuler…</translation>
    </message>
    <message>
        <source>Postpone…</source>
        <translation>Reporter…</translation>
    </message>
    <message>
        <source>Plan again</source>
        <translation>Replanifier</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Export calendar…</source>
        <translation>Exporter le calendrier…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Upcoming only</source>
        <translation>À venir seulement</translation>
    </message>
    <message>
        <source>&lt;b&gt;All meetings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Toutes les réunions&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation>Conflits d&apos;intérêts</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s); target: {target}.</source>
        <translation>
            <numerusform>%n réunion ; objectif : {target}.</numerusform>
            <numerusform>%n réunions ; objectif : {target}.</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <source>notice sent {notice_sent_on}</source>
        <translation>convocation envoyée le {notice_sent_on}</translation>
    </message>
    <message>
        <source>agenda approved, notice due by {due}</source>
        <translation>ordre du jour approuvé, convocation à envoyer avant le {due}</translation>
    </message>
    <message>
        <source>agenda in draft, notice due by {due}</source>
        <translation>projet d&apos;ordre du jour, convocation à envoyer avant le {due}</translation>
    </message>
    <message>
        <source>&lt;b&gt;No meeting is planned.&lt;/b&gt; Use “Plan a year…” to propose a calendar.</source>
        <translation>&lt;b&gt;Aucune réunion n’est prévue.&lt;/b&gt; Utilisez « Planifier une année… » pour proposer un calendrier.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;Regularity: {gaps}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;Régularité : {gaps}&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the meetings…</source>
        <translation>Lecture des réunions…</translation>
    </message>
    <message>
        <source>The meetings could not be read.</source>
        <translation>Les réunions n’ont pas pu être lues.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next meeting:&lt;/b&gt; &lt;a href=&apos;meeting:{id}&apos;&gt;{title}&lt;/a&gt;, {time} ({when}); {state}.</source>
        <translation>&lt;b&gt;Prochaine réunion :&lt;/b&gt; &lt;a href=&apos;meeting:{id}&apos;&gt;{title}&lt;/a&gt;, {time} ({when}) ; {state}.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#8a5a00&apos;&gt;⚠ &lt;a href=&apos;meeting:{id}&apos;&gt;Late&lt;/a&gt;: {what}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#8a5a00&apos;&gt;⚠ &lt;a href=&apos;meeting:{id}&apos;&gt;En retard&lt;/a&gt; : {what}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;Regularity: {summary}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#2e7d32&apos;&gt;Régularité : {summary}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Conflicts of interest ({count})</source>
        <translation>Conflits d&apos;intérêts ({count})</translation>
    </message>
    <message>
        <source>Reading the meeting&apos;s agenda and papers…</source>
        <translation>Lecture de l&apos;ordre du jour et des documents de la réunion…</translation>
    </message>
    <message>
        <source>This meeting could not be read from the forum file: its agenda, papers and conflicts are not shown.</source>
        <translation>Cette réunion n’a pas pu être lue dans le fichier du forum : son ordre du jour, ses documents et ses conflits d’intérêts ne sont pas affichés.</translation>
    </message>
    <message>
        <source>The minutes of this meeting are approved: it can no longer be changed.</source>
        <translation>Le procès-verbal de cette réunion est approuvé : elle ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>Cannot add the meeting</source>
        <translation>Impossible d&apos;ajouter la réunion</translation>
    </message>
    <message>
        <source>Cannot save the meeting</source>
        <translation>Impossible d&apos;enregistrer la réunion</translation>
    </message>
    <message>
        <source>Cannot change the meeting&apos;s status</source>
        <translation>Impossible de changer le statut de la réunion</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Supprimer la réunion</translation>
    </message>
    <message>
        <source>Delete “{title}” ({day}) with its agenda and papers&apos; records?

Use this for a meeting entered by mistake; a meeting that was announced is cancelled instead. You can undo this.</source>
        <translation>Supprimer « {title} » ({day}) avec son ordre du jour et la liste de ses documents ?

À utiliser pour une réunion saisie par erreur ; une réunion annoncée s’annule plutôt. Vous pouvez annuler cette suppression.</translation>
    </message>
    <message>
        <source>Cannot delete the meeting</source>
        <translation>Impossible de supprimer la réunion</translation>
    </message>
    <message>
        <source>Cannot create the meetings</source>
        <translation>Impossible de créer les réunions</translation>
    </message>
    <message numerus="yes">
        <source>Planned %n meeting(s). Undo (Ctrl+Z) takes them all back.</source>
        <translation>
            <numerusform>%n réunion planifiée. Annuler (Ctrl+Z) les retire toutes.</numerusform>
            <numerusform>%n réunions planifiées. Annuler (Ctrl+Z) les retire toutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot add the item</source>
        <translation>Impossible d&apos;ajouter le point</translation>
    </message>
    <message>
        <source>Cannot save the item</source>
        <translation>Impossible d&apos;enregistrer le point</translation>
    </message>
    <message>
        <source>Cannot remove the item</source>
        <translation>Impossible de retirer le point</translation>
    </message>
    <message>
        <source>Cannot reorder the agenda</source>
        <translation>Impossible de réordonner l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Standing items</source>
        <translation>Points permanents</translation>
    </message>
    <message>
        <source>Copy an agenda</source>
        <translation>Copier un ordre du jour</translation>
    </message>
    <message>
        <source>There is no earlier meeting to copy from.</source>
        <translation>Il n&apos;y a pas de réunion antérieure à copier.</translation>
    </message>
    <message>
        <source>Cannot copy the agenda</source>
        <translation>Impossible de copier l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Cannot record the approval</source>
        <translation>Impossible d&apos;enregistrer l&apos;approbation</translation>
    </message>
    <message>
        <source>Cannot record the notice</source>
        <translation>Impossible d&apos;enregistrer la convocation</translation>
    </message>
    <message>
        <source>E-mail the notice</source>
        <translation>Envoyer la convocation par courriel</translation>
    </message>
    <message>
        <source>Writing the notice, the members&apos; pack and the e-mail draft…</source>
        <translation>Rédaction de la convocation, du dossier des membres et du brouillon de courriel…</translation>
    </message>
    <message>
        <source>Cannot add the paper</source>
        <translation>Impossible d&apos;ajouter le document</translation>
    </message>
    <message>
        <source>Cannot save the paper</source>
        <translation>Impossible d&apos;enregistrer le document</translation>
    </message>
    <message>
        <source>Cannot remove the paper</source>
        <translation>Impossible de retirer le document</translation>
    </message>
    <message>
        <source>A closed meeting&apos;s pack is for members only.</source>
        <translation>Le dossier d&apos;une réunion à huis clos est réservé aux membres.</translation>
    </message>
    <message>
        <source>The meeting pack</source>
        <translation>Le dossier de réunion</translation>
    </message>
    <message>
        <source>Members: everything; withheld papers marked as such</source>
        <translation>Membres : tout ; documents réservés signalés comme tels</translation>
    </message>
    <message>
        <source>Public: withheld and confidential papers listed without content; no contact details</source>
        <translation>Public : documents réservés et confidentiels listés sans contenu ; pas de coordonnées</translation>
    </message>
    <message>
        <source>The board book (with the papers) is a PDF: tick PDF among the formats.</source>
        <translation>Le dossier complet (avec les documents) est un PDF : cochez PDF parmi les formats.</translation>
    </message>
    <message>
        <source>Cannot export the pack</source>
        <translation>Impossible d&apos;exporter le dossier de séance</translation>
    </message>
    <message>
        <source>Writing the {audience}&apos; pack ({formats})…</source>
        <translation>Rédaction du dossier de séance ({audience}) ({formats})…</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Export the meeting pack</source>
        <translation>Exporter le dossier de séance</translation>
    </message>
    <message>
        <source>Wrote {files} in {folder}.</source>
        <translation>{files} écrit(s) dans {folder}.</translation>
    </message>
    <message>
        <source>Export the public calendar</source>
        <translation>Exporter le calendrier public</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Writing the calendar…</source>
        <translation>Rédaction du calendrier…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {file} (%n public meeting(s)).</source>
        <translation>
            <numerusform>{file} écrit (%n réunion publique).</numerusform>
            <numerusform>{file} écrit (%n réunions publiques).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PAGES_MEETINGS_BOARD</name>
    <message>
        <source>Add break…</source>
        <translation>Ajouter une pause…</translation>
    </message>
    <message>
        <source>A timed pause (coffee, lunch) after the selected item: no number, paper or decision</source>
        <translation>Une pause minutée (café, déjeuner) après le point sélectionné : sans numéro, document ni décision</translation>
    </message>
    <message>
        <source>New version…</source>
        <translation>Nouvelle version…</translation>
    </message>
    <message>
        <source>Replace the selected paper&apos;s file with a new version; the earlier one is kept for the record and the pack says “revised”</source>
        <translation>Remplacer le fichier du document sélectionné par une nouvelle version ; l&apos;ancienne est conservée pour mémoire et le dossier indique « révisé »</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Cannot add the break</source>
        <translation>Impossible d&apos;ajouter la pause</translation>
    </message>
    <message>
        <source>Choose a paper in the list first.</source>
        <translation>Choisissez d&apos;abord un document dans la liste.</translation>
    </message>
    <message>
        <source>Choose the new version of the paper</source>
        <translation>Choisir la nouvelle version du document</translation>
    </message>
    <message>
        <source>Cannot add the new version</source>
        <translation>Impossible d&apos;ajouter la nouvelle version</translation>
    </message>
</context>
<context>
    <name>PAGES_MEMBERS</name>
    <message>
        <source>Add member…</source>
        <translation>Ajouter un membre…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Delete a member entered by mistake. A member who leaves keeps their record: edit their status instead.</source>
        <translation>Supprimer un membre saisi par erreur. Un membre qui part garde son dossier : modifiez plutôt son statut.</translation>
    </message>
    <message>
        <source>Import members…</source>
        <translation>Importer des membres…</translation>
    </message>
    <message>
        <source>Import members from a .csv or .xlsx file (or drop it on this page): you see them as they will be stored first; all or nothing; undoable.</source>
        <translation>Importer des membres depuis un fichier .csv ou .xlsx (ou le déposer sur cette page) : vous les voyez d&apos;abord tels qu&apos;ils seront enregistrés ; tout ou rien ; annulable.</translation>
    </message>
    <message>
        <source>Search name or organisation</source>
        <translation>Rechercher un nom ou une organisation</translation>
    </message>
    <message>
        <source>All sides</source>
        <translation>Tous les collèges</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>Actifs seulement</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:#fde7b0&apos;&gt;&amp;nbsp;Amber&amp;nbsp;&lt;/span&gt; term ends within 90 days</source>
        <translation>&lt;span style=&apos;background:#fde7b0&apos;&gt;&amp;nbsp;Orange&amp;nbsp;&lt;/span&gt; mandat se terminant dans les 90 jours</translation>
    </message>
    <message>
        <source>Hover a round to see its candidates and outcomes.</source>
        <translation>Survolez un processus pour voir ses candidats et résultats.</translation>
    </message>
    <message>
        <source>Add selection round…</source>
        <translation>Ajouter un processus de sélection…</translation>
    </message>
    <message>
        <source>How seats were filled: open calls, elections in electoral colleges, appointments. Non-government seats should be filled through a process the non-government side leads.</source>
        <translation>Comment les sièges ont été pourvus : appels ouverts, élections en collèges électoraux, nominations. Les sièges non gouvernementaux devraient être pourvus par un processus mené par le collège non gouvernemental.</translation>
    </message>
    <message>
        <source>Choose a round to see its candidates.</source>
        <translation>Choisissez un processus pour voir ses candidats.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Selection rounds</source>
        <translation>Processus de sélection</translation>
    </message>
    <message>
        <source>Reading the members…</source>
        <translation>Lecture des membres…</translation>
    </message>
    <message>
        <source>Reading the selection rounds…</source>
        <translation>Lecture des processus de sélection…</translation>
    </message>
    <message>
        <source>The members could not be read.</source>
        <translation>Les membres n’ont pas pu être lus.</translation>
    </message>
    <message>
        <source>The selection rounds could not be read.</source>
        <translation>Les processus de sélection n’ont pas pu être lus.</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n member(s) shown</source>
        <translation>
            <numerusform>{shown} membre affiché sur %n</numerusform>
            <numerusform>{shown} membres affichés sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Advertised</source>
        <translation>Publié dans</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>Mené par</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>&lt;p&gt;No candidates recorded.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucun candidat enregistré.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot save the member</source>
        <translation>Impossible d&apos;enregistrer le membre</translation>
    </message>
    <message>
        <source>Saved {name}; the filters hide them from the table.</source>
        <translation>{name} enregistré ; les filtres le masquent dans le tableau.</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Retirer le membre</translation>
    </message>
    <message>
        <source>Edit status…</source>
        <translation>Modifier le statut…</translation>
    </message>
    <message>
        <source>Remove {name} from the forum&apos;s records?

Use this for a member entered by mistake. A member who resigned, was removed or reached the end of their term keeps their record: edit their status instead.

The record goes to the trash for 30 days (File ▸ Trash…); you can also undo this with Edit ▸ Undo.</source>
        <translation>Retirer {name} des dossiers du forum ?

À utiliser pour un membre saisi par erreur. Un membre qui a démissionné, a été exclu ou dont le mandat est arrivé à terme garde son dossier : modifiez plutôt son statut.

Le dossier part à la corbeille pour 30 jours (Fichier ▸ Corbeille…) ; vous pouvez aussi l&apos;annuler avec Édition ▸ Annuler.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Cannot remove the member</source>
        <translation>Impossible de retirer le membre</translation>
    </message>
    <message>
        <source>Cannot add the selection round</source>
        <translation>Impossible d&apos;ajouter le processus de sélection</translation>
    </message>
    <message>
        <source>Import members</source>
        <translation>Importer des membres</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Tableurs (*.csv *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import members: nothing can be imported yet</source>
        <translation>Importer des membres : rien ne peut encore être importé</translation>
    </message>
    <message>
        <source>{source}: every row was checked; nothing was written.</source>
        <translation>{source} : chaque ligne a été contrôlée ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Import members: check before importing</source>
        <translation>Importer des membres : vérifier avant d&apos;importer</translation>
    </message>
    <message numerus="yes">
        <source>{source}: %n member(s) to add, all or nothing. Nothing is written until you press Import; Edit ▸ Undo removes them afterwards.</source>
        <translation>
            <numerusform>{source} : %n membre à ajouter, tout ou rien. Rien n&apos;est écrit avant que vous cliquiez sur Importer ; Édition ▸ Annuler le retire ensuite.</numerusform>
            <numerusform>{source} : %n membres à ajouter, tout ou rien. Rien n&apos;est écrit avant que vous cliquiez sur Importer ; Édition ▸ Annuler les retire ensuite.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading and checking the members file…</source>
        <translation>Lecture et contrôle du fichier des membres…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Importation annulée : rien n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n member(s)…</source>
        <translation>
            <numerusform>Importation de %n membre…</numerusform>
            <numerusform>Importation de %n membres…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n member(s) from {source}.</source>
        <translation>
            <numerusform>%n membre importé depuis {source}.</numerusform>
            <numerusform>%n membres importés depuis {source}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PAGES_MINUTES</name>
    <message>
        <source>Start the minutes</source>
        <translation>Commencer le procès-verbal</translation>
    </message>
    <message>
        <source>Circulate</source>
        <translation>Diffuser</translation>
    </message>
    <message>
        <source>Record that the draft went to members</source>
        <translation>Enregistrer que le projet a été envoyé aux membres</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Approuver…</translation>
    </message>
    <message>
        <source>The forum approved them at a later meeting; this locks them</source>
        <translation>Le forum l&apos;a approuvé lors d&apos;une réunion ultérieure ; cela le verrouille</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation>Amender…</translation>
    </message>
    <message>
        <source>A dated correction to approved minutes</source>
        <translation>Une correction datée d&apos;un procès-verbal approuvé</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>E-mail the draft…</source>
        <translation>Envoyer le projet par courriel…</translation>
    </message>
    <message>
        <source>Write an e-mail draft to members with the draft minutes attached, and open it in your mail client</source>
        <translation>Écrire un brouillon de courriel aux membres avec le projet de procès-verbal en pièce jointe, et l&apos;ouvrir dans votre messagerie</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Réunion :</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agenda&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ordre du jour&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Summary and amendments</source>
        <translation>Résumé et amendements</translation>
    </message>
    <message>
        <source>Reading the meetings and their minutes…</source>
        <translation>Lecture des réunions et de leurs procès-verbaux…</translation>
    </message>
    <message>
        <source>A short summary of the meeting (optional).</source>
        <translation>Un bref résumé de la réunion (facultatif).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Summary&lt;/b&gt;</source>
        <translation>&lt;b&gt;Résumé&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Amendments after approval&lt;/b&gt;</source>
        <translation>&lt;b&gt;Amendements après approbation&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add decision</source>
        <translation>Ajouter une décision</translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation>Ajouter une action…</translation>
    </message>
    <message>
        <source>no minutes yet</source>
        <translation>pas encore de procès-verbal</translation>
    </message>
    <message>
        <source>notes</source>
        <comment>what the minutes hold for an item</comment>
        <translation>notes</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n décision</numerusform>
            <numerusform>%n décisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Start the minutes to take attendance.</source>
        <translation>Commencez le procès-verbal pour relever les présences.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Matters arising&lt;/b&gt;: %n open action(s) from earlier meetings</source>
        <translation>
            <numerusform>&lt;b&gt;Suites données&lt;/b&gt; : %n action ouverte des réunions précédentes</numerusform>
            <numerusform>&lt;b&gt;Suites données&lt;/b&gt; : %n actions ouvertes des réunions précédentes</numerusform>
        </translation>
    </message>
    <message>
        <source>, &lt;span style=&apos;color:#c62828&apos;&gt;{late} overdue&lt;/span&gt;</source>
        <translation>, &lt;span style=&apos;color:#c62828&apos;&gt;{late} en retard&lt;/span&gt;</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
    <message>
        <source>No meeting to minute yet: meetings appear here from their day on.</source>
        <translation>Aucune réunion à consigner pour l&apos;instant : les réunions apparaissent ici à partir de leur date.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;, {when}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;, {when}</translation>
    </message>
    <message>
        <source>{where} — no minutes yet.</source>
        <translation>{where} — pas encore de procès-verbal.</translation>
    </message>
    <message>
        <source>{where} — draft circulated to members on {circulated_on}.</source>
        <translation>{where} — projet diffusé aux membres le {circulated_on}.</translation>
    </message>
    <message>
        <source>{where} — minutes {status_label}.</source>
        <translation>{where} — procès-verbal : {status_label}.</translation>
    </message>
    <message>
        <source>Saved {now}</source>
        <translation>Enregistré à {now}</translation>
    </message>
    <message>
        <source>These minutes</source>
        <translation>Ce procès-verbal</translation>
    </message>
    <message>
        <source>The decisions register (all meetings)</source>
        <translation>Le registre des décisions (toutes les réunions)</translation>
    </message>
    <message>
        <source>The action tracker</source>
        <translation>Le suivi des actions</translation>
    </message>
    <message>
        <source>Members: the full record</source>
        <translation>Membres : le compte rendu complet</translation>
    </message>
    <message>
        <source>Public: approved minutes only; names only where they may be published</source>
        <translation>Public : procès-verbaux approuvés uniquement ; noms seulement s&apos;ils peuvent être publiés</translation>
    </message>
    <message>
        <source>Writing {title} ({formats})…</source>
        <translation>Rédaction : {title} ({formats})…</translation>
    </message>
    <message>
        <source>Approved on {approved_on}</source>
        <translation>Approuvé le {approved_on}</translation>
    </message>
    <message>
        <source>Alt+↑/↓ item · Ctrl+1 attendance · Ctrl+2 item · Ctrl+3 actions · Ctrl+4 summary · Ctrl+D decision · Ctrl+Shift+A action · F1 all shortcuts</source>
        <translation>Alt+↑/↓ point · Ctrl+1 présence · Ctrl+2 point · Ctrl+3 actions · Ctrl+4 résumé · Ctrl+D décision · Ctrl+Shift+A action · F1 tous les raccourcis</translation>
    </message>
    <message>
        <source> at “{title}”</source>
        <translation> lors de « {title} »</translation>
    </message>
    <message>
        <source>, published on {published_on}</source>
        <translation>, publié le {published_on}</translation>
    </message>
    <message>
        <source>. These minutes are locked: a correction is a dated amendment (Amend…). Actions can still be marked done or dropped.</source>
        <translation>. Ce procès-verbal est verrouillé : une correction est un amendement daté (Amender…). Les actions peuvent encore être marquées réalisées ou abandonnées.</translation>
    </message>
    <message>
        <source>E-mail the draft minutes</source>
        <translation>Envoyer le projet de procès-verbal par courriel</translation>
    </message>
    <message>
        <source>Writing the draft minutes and the e-mail draft…</source>
        <translation>Rédaction du projet de procès-verbal et du brouillon de courriel…</translation>
    </message>
    <message>
        <source>Recorded as circulated to members today.</source>
        <translation>Enregistré comme diffusé aux membres aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Approved: the minutes are now locked.</source>
        <translation>Approuvé : le procès-verbal est désormais verrouillé.</translation>
    </message>
    <message>
        <source>Recorded as published today. Export the public version for the repository.</source>
        <translation>Enregistré comme publié aujourd&apos;hui. Exportez la version publique pour le dépôt.</translation>
    </message>
    <message>
        <source>Amendment recorded; it appears in every later export.</source>
        <translation>Amendement enregistré ; il figure dans toutes les exportations ultérieures.</translation>
    </message>
    <message>
        <source>The public may read these minutes once they are approved.</source>
        <translation>Le public peut lire ce procès-verbal une fois approuvé.</translation>
    </message>
    <message>
        <source>A closed meeting&apos;s minutes are for members only.</source>
        <translation>Le procès-verbal d&apos;une réunion à huis clos est réservé aux membres.</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Impossible d&apos;exporter</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Wrote {files} in {folder}.</source>
        <translation>{files} écrit(s) dans {folder}.</translation>
    </message>
</context>
<context>
    <name>PAGES_MINUTES_ACTIONS</name>
    <message>
        <source>Add action…</source>
        <translation>Ajouter une action…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Actions agreed at this meeting&lt;/b&gt;</source>
        <translation>&lt;b&gt;Actions convenues lors de cette réunion&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>PAGES_MINUTES_ATTENDANCE</name>
    <message>
        <source>In person (P)</source>
        <translation>En présentiel (P)</translation>
    </message>
    <message>
        <source>Remote (R)</source>
        <translation>À distance (R)</translation>
    </message>
    <message>
        <source>Apologies (A)</source>
        <translation>Excusé (A)</translation>
    </message>
    <message>
        <source>Absent (X)</source>
        <translation>Absent (X)</translation>
    </message>
    <message>
        <source>Alternates sit for the member they cover when that member is away</source>
        <translation>Les suppléants siègent pour le membre qu&apos;ils remplacent lorsque celui-ci est absent</translation>
    </message>
    <message>
        <source>Add guest…</source>
        <translation>Ajouter un invité…</translation>
    </message>
    <message>
        <source>Remove guest</source>
        <translation>Retirer l&apos;invité</translation>
    </message>
    <message>
        <source>Guests are listed as present: remove a guest who did not come.</source>
        <translation>Les invités sont comptés présents : retirez un invité qui n&apos;est pas venu.</translation>
    </message>
    <message>
        <source>Members stay on the list: mark them absent instead.</source>
        <translation>Les membres restent sur la liste : marquez-les plutôt absents.</translation>
    </message>
</context>
<context>
    <name>PAGES_MINUTES_ITEMS</name>
    <message>
        <source>What was said: paragraphs, and lines starting with - for bullets.</source>
        <translation>Ce qui a été dit : paragraphes, et lignes commençant par - pour les puces.</translation>
    </message>
    <message>
        <source>Add decision</source>
        <translation>Ajouter une décision</translation>
    </message>
    <message>
        <source>Remove decision</source>
        <translation>Retirer la décision</translation>
    </message>
    <message>
        <source>What the forum decided (or was asked to decide).</source>
        <translation>Ce que le forum a décidé (ou a été appelé à décider).</translation>
    </message>
    <message>
        <source>A vote was held</source>
        <translation>Un vote a eu lieu</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Reportée</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Contre</translation>
    </message>
    <message>
        <source>Abstaining</source>
        <translation>Abstentions</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Gouvernement</translation>
    </message>
    <message>
        <source>Non-government</source>
        <translation>Non gouvernemental</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>Objections</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Session 1
Group 1 (facilitator)
A theme
- a point
Commitments
- Commitment 2: a point on it</source>
        <translation>Session 1
Groupe 1 (animateur)
Un thème
- un point
Engagements
- Engagement 2 : un point à ce sujet</translation>
    </message>
    <message>
        <source>Record a declaration…</source>
        <translation>Enregistrer une déclaration…</translation>
    </message>
    <message>
        <source>Remove the last</source>
        <translation>Retirer la dernière</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Breakout groups</source>
        <translation>Groupes de travail</translation>
    </message>
    <message>
        <source>Declarations of interest</source>
        <translation>Déclarations d&apos;intérêts</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Reading the item&apos;s notes, decisions and conflicts…</source>
        <translation>Lecture des notes, des décisions et des conflits d’intérêts du point…</translation>
    </message>
    <message>
        <source>Choose an item of the agenda.</source>
        <translation>Choisissez un point de l&apos;ordre du jour.</translation>
    </message>
    <message>
        <source>  — open actions from earlier meetings are under Actions (Ctrl+3).</source>
        <translation>  — les actions ouvertes des réunions précédentes sont sous Actions (Ctrl+3).</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n groupe</numerusform>
            <numerusform>%n groupes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message>
        <source>No breakout groups for this item.</source>
        <translation>Aucun groupe de travail pour ce point.</translation>
    </message>
    <message>
        <source>A member</source>
        <translation>Un membre</translation>
    </message>
    <message>
        <source>No declarations on this item.</source>
        <translation>Aucune déclaration sur ce point.</translation>
    </message>
    <message>
        <source>The forum&apos;s rule: {rule_text}</source>
        <translation>La règle du forum : {rule_text}</translation>
    </message>
    <message>
        <source>The forum agrees …</source>
        <translation>Le forum convient …</translation>
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
    <name>PAGES_REPOSITORY</name>
    <message>
        <source>&lt;b&gt;{summary}&lt;/b&gt;&lt;br&gt;Folder: {folder}</source>
        <translation>&lt;b&gt;{summary}&lt;/b&gt;&lt;br&gt;Dossier : {folder}</translation>
    </message>
    <message>
        <source>&lt;br&gt;Zip: {zip_path}</source>
        <translation>&lt;br&gt;Zip : {zip_path}</translation>
    </message>
    <message>
        <source>&lt;br&gt;{size:.1f} MB, written in {seconds:.1f} s.</source>
        <translation>&lt;br&gt;{size:.1f} Mo, écrit en {seconds:.1f} s.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Not included (file missing from the forum&apos;s storage): {p}</source>
        <translation>Non inclus (fichier absent du stockage du forum) : {p}</translation>
    </message>
    <message>
        <source>Not included (stored outside the forum&apos;s storage folder): {p}</source>
        <translation>Non inclus (stocké hors du dossier de stockage du forum) : {p}</translation>
    </message>
    <message>
        <source>Every file is as it was: there is nothing new to upload.</source>
        <translation>Chaque fichier est tel qu&apos;il était : rien de nouveau à mettre en ligne.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Repository and the standards&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Dépôt et normes&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Assessed against:</source>
        <translation>Évalué au regard de :</translation>
    </message>
    <message>
        <source>{title}. Source: {source}</source>
        <translation>{title}. Source : {source}</translation>
    </message>
    <message>
        <source>&amp;Showing:</source>
        <translation>&amp;Affichage :</translation>
    </message>
    <message>
        <source>The framework the list shows</source>
        <translation>Le référentiel affiché dans la liste</translation>
    </message>
    <message>
        <source>&amp;Export repository…</source>
        <translation>&amp;Exporter le dépôt…</translation>
    </message>
    <message>
        <source>Write everything the forum publishes into a folder to upload to its website</source>
        <translation>Écrire tout ce que publie le forum dans un dossier à mettre en ligne sur son site</translation>
    </message>
    <message>
        <source>Export &amp;compliance report…</source>
        <translation>Exporter le rapport de &amp;conformité…</translation>
    </message>
    <message>
        <source>C&amp;heck again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Check the records against the standards again</source>
        <translation>Vérifier à nouveau les registres au regard des normes</translation>
    </message>
    <message>
        <source>Indicators of the standards</source>
        <translation>Indicateurs des normes</translation>
    </message>
    <message>
        <source>&amp;Where the forum stands</source>
        <translation>&amp;Où en est le forum</translation>
    </message>
    <message>
        <source>&amp;Records for the standards</source>
        <translation>&amp;Dossiers pour les normes</translation>
    </message>
    <message>
        <source>Cannot check the standards</source>
        <translation>Impossible de vérifier les normes</translation>
    </message>
    <message>
        <source>Checking the records against the standards…</source>
        <translation>Vérification des dossiers au regard des normes…</translation>
    </message>
    <message>
        <source>Check the standards</source>
        <translation>Vérifier les normes</translation>
    </message>
    <message>
        <source>The check against the standards was cancelled: nothing is shown until it runs again.</source>
        <translation>La vérification au regard des normes a été annulée : rien n’est affiché tant qu’elle n’a pas été relancée.</translation>
    </message>
    <message>
        <source>The check against the standards was cancelled: what is shown is the check before.</source>
        <translation>La vérification au regard des normes a été annulée : ce qui est affiché est la vérification précédente.</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Satisfait</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Non satisfait</translation>
    </message>
    <message>
        <source>Not evidenced</source>
        <translation>Non établi</translation>
    </message>
    <message>
        <source>{minimum_text} &lt;i&gt;(* a basic requirement of a starred process)&lt;/i&gt;</source>
        <translation>{minimum_text} &lt;i&gt;(* une exigence de base d&apos;un processus étoilé)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;{title}. Source: {source}&lt;/i&gt;</source>
        <translation>&lt;i&gt;{title}. Source : {source}&lt;/i&gt;</translation>
    </message>
    <message>
        <source>{forum_name} as of {today}: {counts}&lt;br&gt;{note}</source>
        <translation>{forum_name} au {today} : {counts}&lt;br&gt;{note}</translation>
    </message>
    <message>
        <source>The forum is assessed against at least one framework; choose another before leaving this one.</source>
        <translation>Le forum est évalué au regard d&apos;au moins un référentiel ; choisissez-en un autre avant de quitter celui-ci.</translation>
    </message>
    <message>
        <source>Cannot choose the standards</source>
        <translation>Impossible de choisir les normes</translation>
    </message>
    <message>
        <source>Assessed against: {frameworks}.</source>
        <translation>Évalué au regard de : {frameworks}.</translation>
    </message>
    <message>
        <source>The repository has not been exported yet.</source>
        <translation>Le dépôt n&apos;a pas encore été exporté.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{title}&lt;/h3&gt;&lt;p&gt;&lt;span style=&quot;background:{name}; color:{name2}; font-weight:bold&quot;&gt;&amp;nbsp;{status_label}&amp;nbsp;&lt;/span&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;The standard:&lt;/b&gt; {standard}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Evidence&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{evidence}&lt;/ul&gt;&lt;p&gt;&lt;b&gt;What to do next:&lt;/b&gt; {next_step}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{title}&lt;/h3&gt;&lt;p&gt;&lt;span style=&quot;background:{name}; color:{name2}; font-weight:bold&quot;&gt;&amp;nbsp;{status_label}&amp;nbsp;&lt;/span&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;La norme :&lt;/b&gt; {standard}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Éléments de preuve&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{evidence}&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Prochaine étape :&lt;/b&gt; {next_step}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The public repository</source>
        <translation>Le dépôt public</translation>
    </message>
    <message>
        <source>Also write a .zip (to send or upload as one file)</source>
        <translation>Écrire aussi un .zip (à envoyer ou mettre en ligne en un seul fichier)</translation>
    </message>
    <message>
        <source>Everything the forum publishes, for the public: an empty folder, or the last export&apos;s (only what changed is rewritten).</source>
        <translation>Tout ce que publie le forum, pour le public : un dossier vide, ou celui de la dernière exportation (seul ce qui a changé est réécrit).</translation>
    </message>
    <message>
        <source>Export the repository into a folder (an empty one, or the last export&apos;s)</source>
        <translation>Exporter le dépôt dans un dossier (vide, ou celui de la dernière exportation)</translation>
    </message>
    <message>
        <source>Export the repository</source>
        <translation>Exporter le dépôt</translation>
    </message>
    <message numerus="yes">
        <source>Last exported on {on} to {folder} (%n file(s)). Export again by {due} at the latest.</source>
        <translation>
            <numerusform>Dernier export le {on} dans {folder} (%n fichier). À exporter de nouveau au plus tard le {due}.</numerusform>
            <numerusform>Dernier export le {on} dans {folder} (%n fichiers). À exporter de nouveau au plus tard le {due}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Building the public repository…</source>
        <translation>Construction du dépôt public…</translation>
    </message>
    <message>
        <source>Export cancelled: the previous package is unchanged.</source>
        <translation>Exportation annulée : le dossier précédent est inchangé.</translation>
    </message>
    <message>
        <source>Exporting the repository to {folder}…</source>
        <translation>Exportation du dépôt vers {folder}…</translation>
    </message>
    <message>
        <source>{summary} Folder: {folder}</source>
        <translation>{summary} Dossier : {folder}</translation>
    </message>
    <message>
        <source>Export the compliance report</source>
        <translation>Exporter le rapport de conformité</translation>
    </message>
    <message>
        <source>The compliance report</source>
        <translation>Le rapport de conformité</translation>
    </message>
    <message>
        <source>Writing the compliance report…</source>
        <translation>Rédaction du rapport de conformité…</translation>
    </message>
    <message>
        <source>Wrote {files} in {folder}.</source>
        <translation>{files} écrit(s) dans {folder}.</translation>
    </message>
</context>
<context>
    <name>PAGES_RESPONSES</name>
    <message>
        <source>&lt;h2&gt;Responses&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Réponses&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>New consultation…</source>
        <translation>Nouvelle consultation…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Move this consultation, with its contributions and answers, to the trash (kept 30 days).</source>
        <translation>Mettre cette consultation, avec ses contributions et réponses, à la corbeille (conservée 30 jours).</translation>
    </message>
    <message>
        <source>Import contributions…</source>
        <translation>Importer des contributions…</translation>
    </message>
    <message>
        <source>Template…</source>
        <translation>Modèle…</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exporter le rapport…</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>Summary by theme</source>
        <translation>Synthèse par thème</translation>
    </message>
    <message>
        <source>Overdue and due soon</source>
        <translation>En retard et bientôt dues</translation>
    </message>
    <message>
        <source>Import a .csv or .xlsx file (or drop it on this page): platforms&apos; own exports are recognised; you see the rows as they will be stored first.</source>
        <translation>Importer un fichier .csv ou .xlsx (ou le déposer sur cette page) : les exportations des plateformes sont reconnues ; vous voyez d&apos;abord les lignes telles qu&apos;elles seront enregistrées.</translation>
    </message>
    <message>
        <source>Reading the consultations and their contributions…</source>
        <translation>Lecture des consultations et de leurs contributions…</translation>
    </message>
    <message>
        <source>Search the text, names, themes and reasons…</source>
        <translation>Rechercher dans le texte, les noms, les thèmes et les motifs…</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Toutes les suites</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <source>All contributors</source>
        <translation>Tous les contributeurs</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>En retard seulement</translation>
    </message>
    <message>
        <source>New contribution…</source>
        <translation>Nouvelle contribution…</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Joindre un fichier…</translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation>Répondre…</translation>
    </message>
    <message>
        <source>Answer many ▾</source>
        <translation>Répondre en lot ▾</translation>
    </message>
    <message>
        <source>One outcome and reason for many contributions at once.</source>
        <translation>Une même suite et un même motif pour plusieurs contributions à la fois.</translation>
    </message>
    <message>
        <source>The selected rows…</source>
        <translation>Les lignes sélectionnées…</translation>
    </message>
    <message>
        <source>All in this theme…</source>
        <translation>Toutes celles de ce thème…</translation>
    </message>
    <message>
        <source>All duplicates of this one…</source>
        <translation>Tous les doublons de celle-ci…</translation>
    </message>
    <message>
        <source>Move the selected contributions to the trash (kept 30 days).</source>
        <translation>Mettre les contributions sélectionnées à la corbeille (conservées 30 jours).</translation>
    </message>
    <message>
        <source>The published overview: per theme, what people asked for and what the forum did and why. It becomes the &quot;what we heard | what we did and why&quot; table of the report.</source>
        <translation>La synthèse publiée : par thème, ce que les gens ont demandé et ce que le forum a fait, et pourquoi. Elle devient le tableau « ce que nous avons entendu | ce que nous avons fait et pourquoi » du rapport.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What we heard&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ce que nous avons entendu&lt;/b&gt;</translation>
    </message>
    <message>
        <source>In a few sentences: what people asked for on this theme.</source>
        <translation>En quelques phrases : ce que les gens ont demandé sur ce thème.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What we did and why&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ce que nous avons fait et pourquoi&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What the forum did with it, and the reasons.</source>
        <translation>Ce que le forum en a fait, et les motifs.</translation>
    </message>
    <message>
        <source>Save summary</source>
        <translation>Enregistrer la synthèse</translation>
    </message>
    <message>
        <source>All consultations</source>
        <translation>Toutes les consultations</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>close</translation>
    </message>
    <message>
        <source> · on {document}</source>
        <translation> · sur {document}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contribution(s)</source>
        <translation>
            <numerusform>%Ln contribution</numerusform>
            <numerusform>%Ln contributions</numerusform>
        </translation>
    </message>
    <message>
        <source> &lt;i&gt;(no consent: the public sees “{public_contributor}”)&lt;/i&gt;</source>
        <translation> &lt;i&gt;(pas de consentement : le public voit « {public_contributor} »)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;No. {id}&lt;/b&gt; · {received_on} · {channel_label} · {who}{consent} · {contributor_type_label}</source>
        <translation>&lt;b&gt;N° {id}&lt;/b&gt; · {received_on} · {channel_label} · {who}{consent} · {contributor_type_label}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Withdrawn by its author on {withdrawn_on}&lt;/b&gt;: nothing to answer, never overdue.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Retirée par son auteur le {withdrawn_on}&lt;/b&gt; : rien à répondre, jamais en retard.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#6b7280&apos;&gt;Imported from {source_platform}: {source_id}</source>
        <translation>&lt;p style=&apos;color:#6b7280&apos;&gt;Importée depuis {source_platform} : {source_id}</translation>
    </message>
    <message>
        <source>, answering {source_parent}</source>
        <translation>, en réponse à {source_parent}</translation>
    </message>
    <message>
        <source> — answered {answered_on}</source>
        <translation> — réponse le {answered_on}</translation>
    </message>
    <message>
        <source> — due {due_on}</source>
        <translation> — échéance le {due_on}</translation>
    </message>
    <message>
        <source>decided by {decided_by}</source>
        <translation>décidé par {decided_by}</translation>
    </message>
    <message>
        <source>commitment: {commitment}</source>
        <translation>engagement : {commitment}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overdue&lt;/b&gt;: {len:,} not answered by their due date ({response_working_days} working days after receipt).</source>
        <translation>&lt;b&gt;En retard&lt;/b&gt; : {len:,} sans réponse à l&apos;échéance ({response_working_days} jours ouvrés après réception).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Due within {DUE_SOON_WORKING_DAYS} working days&lt;/b&gt;: {len:,}.</source>
        <translation>&lt;b&gt;Dues dans les {DUE_SOON_WORKING_DAYS} jours ouvrés&lt;/b&gt; : {len:,}.</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message numerus="yes">
        <source>%n consultation(s) · {total:,} contributions · {overdue:,} overdue. Choose a consultation to edit it, import into it or export its report.</source>
        <translation>
            <numerusform>%n consultation · {total:,} contributions · {overdue:,} en retard. Choisissez une consultation pour la modifier, y importer ou exporter son rapport.</numerusform>
            <numerusform>%n consultations · {total:,} contributions · {overdue:,} en retard. Choisissez une consultation pour la modifier, y importer ou exporter son rapport.</numerusform>
        </translation>
    </message>
    <message>
        <source>{opens} to {closes}</source>
        <translation>du {opens} au {closes}</translation>
    </message>
    <message>
        <source>open now</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>not yet open</source>
        <translation>pas encore ouverte</translation>
    </message>
    <message>
        <source>&lt;br&gt;{channels} · {contributions:,} contributions · {answered:,} answered ({answered_late:,} late) · {overdue:,} overdue</source>
        <translation>&lt;br&gt;{channels} · {contributions:,} contributions · {answered:,} avec réponse ({answered_late:,} en retard) · {overdue:,} en retard</translation>
    </message>
    <message>
        <source>No channels recorded</source>
        <translation>Aucun canal enregistré</translation>
    </message>
    <message>
        <source> match the search</source>
        <translation> correspondant à la recherche</translation>
    </message>
    <message>
        <source>. Double-click one to answer it. Names in grey: no consent to publish.</source>
        <translation>. Double-cliquez sur l&apos;une d&apos;elles pour y répondre. Noms en gris : pas de consentement à la publication.</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#6b7280&apos;&gt;Select a contribution to see it in full.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#6b7280&apos;&gt;Sélectionnez une contribution pour la voir en entier.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Particulier</translation>
    </message>
    <message>
        <source>. A newer export of the same platform updates it.&lt;/p&gt;</source>
        <translation>. Une exportation plus récente de la même plateforme la met à jour.&lt;/p&gt;</translation>
    </message>
    <message>
        <source> (late)</source>
        <translation> (en retard)</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (en retard)</translation>
    </message>
    <message>
        <source>duplicate of no. {duplicate_of}</source>
        <translation>doublon du n° {duplicate_of}</translation>
    </message>
    <message>
        <source>merged into no. {merged_into}</source>
        <translation>fusionnée dans le n° {merged_into}</translation>
    </message>
    <message>
        <source>linked from </source>
        <translation>liée depuis </translation>
    </message>
    <message>
        <source>no. {i}</source>
        <translation>n° {i}</translation>
    </message>
    <message>
        <source>attachments: </source>
        <translation>pièces jointes : </translation>
    </message>
    <message>
        <source>Choose a consultation to see and write its summary by theme.</source>
        <translation>Choisissez une consultation pour voir et rédiger sa synthèse par thème.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overdue&lt;/b&gt;: none.</source>
        <translation>&lt;b&gt;En retard&lt;/b&gt; : aucune.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Due within {DUE_SOON_WORKING_DAYS} working days&lt;/b&gt;: none.</source>
        <translation>&lt;b&gt;Dues dans les {DUE_SOON_WORKING_DAYS} jours ouvrés&lt;/b&gt; : aucune.</translation>
    </message>
</context>
<context>
    <name>PAGES_RESPONSES_ANSWERS</name>
    <message>
        <source>Cannot save the answer</source>
        <translation>Impossible d&apos;enregistrer la réponse</translation>
    </message>
    <message>
        <source>Choose a contribution in the table first.</source>
        <translation>Choisissez d&apos;abord une contribution dans le tableau.</translation>
    </message>
    <message>
        <source>the rows selected in the table</source>
        <translation>les lignes sélectionnées dans le tableau</translation>
    </message>
    <message>
        <source>every contribution not yet answered in the theme “{theme}”</source>
        <translation>chaque contribution sans réponse du thème « {theme} »</translation>
    </message>
    <message>
        <source>every duplicate of no. {current} not yet answered</source>
        <translation>chaque doublon du n° {current} sans réponse</translation>
    </message>
    <message>
        <source>Answer many</source>
        <translation>Répondre en lot</translation>
    </message>
    <message>
        <source>Cannot save the answers</source>
        <translation>Impossible d&apos;enregistrer les réponses</translation>
    </message>
    <message numerus="yes">
        <source>Answered %n contribution(s): {outcome}. Edit ▸ Undo gives each back the answer it had.</source>
        <translation>
            <numerusform>%n contribution a reçu une réponse : {outcome}. Édition ▸ Annuler lui rend la réponse qu&apos;elle avait.</numerusform>
            <numerusform>%n contributions ont reçu une réponse : {outcome}. Édition ▸ Annuler rend à chacune la réponse qu&apos;elle avait.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save the contribution</source>
        <translation>Impossible d&apos;enregistrer la contribution</translation>
    </message>
    <message>
        <source>Attach a file to the contribution</source>
        <translation>Joindre un fichier à la contribution</translation>
    </message>
    <message>
        <source>Cannot attach the file</source>
        <translation>Impossible de joindre le fichier</translation>
    </message>
    <message>
        <source>Cannot save the summary</source>
        <translation>Impossible d&apos;enregistrer la synthèse</translation>
    </message>
    <message>
        <source>Delete the consultation</source>
        <translation>Supprimer la consultation</translation>
    </message>
    <message>
        <source>Move “{name}”, with all its contributions and their answers, to the trash?

It stays there for 30 days (File ▸ Trash…) and no longer appears anywhere, nor in any export. Edit ▸ Undo puts it back too.</source>
        <translation>Mettre « {name} », avec toutes ses contributions et leurs réponses, à la corbeille ?

Elle y reste 30 jours (Fichier ▸ Corbeille…) et n&apos;apparaît plus nulle part, ni dans aucune exportation. Édition ▸ Annuler la remet aussi.</translation>
    </message>
    <message>
        <source>Cannot delete the consultation</source>
        <translation>Impossible de supprimer la consultation</translation>
    </message>
    <message>
        <source>contribution no. {number}</source>
        <translation>la contribution n° {number}</translation>
    </message>
    <message numerus="yes">
        <source>these %n contribution(s)</source>
        <translation>
            <numerusform>cette contribution</numerusform>
            <numerusform>ces %n contributions</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete contributions</source>
        <translation>Supprimer des contributions</translation>
    </message>
    <message>
        <source>Move {what}, with their answers and attachments, to the trash?

Use this for contributions entered twice or by mistake. They stay in the trash for 30 days (File ▸ Trash…) and are no longer searched, counted or exported. Edit ▸ Undo puts them back too.</source>
        <translation>Mettre {what}, avec leurs réponses et pièces jointes, à la corbeille ?

À utiliser pour des contributions saisies deux fois ou par erreur. Elles restent 30 jours dans la corbeille (Fichier ▸ Corbeille…) et ne sont plus recherchées, comptées ni exportées. Édition ▸ Annuler les remet aussi.</translation>
    </message>
    <message>
        <source>Cannot delete the contributions</source>
        <translation>Impossible de supprimer les contributions</translation>
    </message>
    <message>
        <source>Cannot save the consultation</source>
        <translation>Impossible d&apos;enregistrer la consultation</translation>
    </message>
    <message>
        <source>Contributions template</source>
        <translation>Modèle de contributions</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write the template</source>
        <translation>Impossible d&apos;écrire le modèle</translation>
    </message>
</context>
<context>
    <name>PAGES_RESPONSES_TRANSFER</name>
    <message>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Import contributions</source>
        <translation>Importer des contributions</translation>
    </message>
    <message>
        <source>Choose the consultation the contributions belong to first.</source>
        <translation>Choisissez d&apos;abord la consultation à laquelle appartiennent les contributions.</translation>
    </message>
    <message>
        <source>Spreadsheets and exports (*.csv *.xlsx *.txt *.json);;All files (*)</source>
        <translation>Tableurs et exportations (*.csv *.xlsx *.txt *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading and checking the file…</source>
        <translation>Lecture et contrôle du fichier…</translation>
    </message>
    <message>
        <source>Import contributions: nothing can be imported yet</source>
        <translation>Importer des contributions : rien ne peut encore être importé</translation>
    </message>
    <message>
        <source>{source}: every row was checked; nothing was written.</source>
        <translation>{source} : chaque ligne a été contrôlée ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Recognised as a &lt;b&gt;{layout}&lt;/b&gt;.</source>
        <translation>Reconnu comme &lt;b&gt;{layout}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>{layout} {outcome} Nothing is written until you press Import; Edit ▸ Undo removes it afterwards.</source>
        <translation>{layout} {outcome} Rien n&apos;est écrit avant que vous cliquiez sur Importer ; Édition ▸ Annuler le retire ensuite.</translation>
    </message>
    <message>
        <source>Columns as you matched them.</source>
        <translation>Colonnes telles que vous les avez associées.</translation>
    </message>
    <message>
        <source>Columns matched as last time for these columns.</source>
        <translation>Colonnes associées comme la dernière fois pour ces colonnes.</translation>
    </message>
    <message>
        <source>Every column has a name MSF Desk knows.</source>
        <translation>Chaque colonne porte un nom que MSF Desk connaît.</translation>
    </message>
    <message>
        <source>Import contributions: check before importing</source>
        <translation>Importer des contributions : vérifier avant d&apos;importer</translation>
    </message>
    <message>
        <source>Importing {count:,} rows…</source>
        <translation>Importation de {count:,} lignes…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Importation annulée : rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Edit ▸ Undo removes what this import added or changed.</source>
        <translation>&lt;br&gt;Édition ▸ Annuler retire ce que cette importation a ajouté ou modifié.</translation>
    </message>
    <message>
        <source>Export the reasoned response</source>
        <translation>Exporter la réponse motivée</translation>
    </message>
    <message>
        <source>The reasoned response</source>
        <translation>La réponse motivée</translation>
    </message>
    <message>
        <source>Public: contributors named only with their consent</source>
        <translation>Public : contributeurs nommés seulement avec leur consentement</translation>
    </message>
    <message>
        <source>Members: every name, marked where it must not be published</source>
        <translation>Membres : tous les noms, signalés quand ils ne doivent pas être publiés</translation>
    </message>
    <message>
        <source>Open data .csv</source>
        <translation>Données ouvertes .csv</translation>
    </message>
    <message>
        <source>Open data .json</source>
        <translation>Données ouvertes .json</translation>
    </message>
    <message>
        <source>Open data has the public fields only, whichever version you choose.</source>
        <translation>Les données ouvertes ne contiennent que les champs publics, quelle que soit la version choisie.</translation>
    </message>
    <message>
        <source>Writing the reasoned response…</source>
        <translation>Rédaction de la réponse motivée…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s): {files} — &lt;a href=&apos;{url}&apos;&gt;open the folder&lt;/a&gt;</source>
        <translation>
            <numerusform>%n fichier écrit : {files} — &lt;a href=&apos;{url}&apos;&gt;ouvrir le dossier&lt;/a&gt;</numerusform>
            <numerusform>%n fichiers écrits : {files} — &lt;a href=&apos;{url}&apos;&gt;ouvrir le dossier&lt;/a&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PAGES_STANDARDS_RECORDS</name>
    <message>
        <source>What the OGP standards look at beyond meetings, members and consultations. Changes here count in the check at once; each can be undone (Edit → Undo).</source>
        <translation>Ce que les normes du PGO examinent au-delà des réunions, des membres et des consultations. Les changements ici comptent aussitôt dans la vérification ; chacun peut être annulé (Édition → Annuler).</translation>
    </message>
    <message>
        <source>OGP website</source>
        <translation>Site web PGO</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>The address of the forum&apos;s OGP website or webpage</source>
        <translation>L&apos;adresse du site ou de la page web PGO du forum</translation>
    </message>
    <message>
        <source>Save the &amp;address</source>
        <translation>Enregistrer l&apos;&amp;adresse</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>Action plans: co-creation, its timeline, implementation</source>
        <translation>Plans d&apos;action : co-création, son calendrier, mise en œuvre</translation>
    </message>
    <message>
        <source>Add an action plan…</source>
        <translation>Ajouter un plan d&apos;action…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Outreach and awareness activities</source>
        <translation>Activités de sensibilisation et d&apos;information</translation>
    </message>
    <message>
        <source>Add an activity…</source>
        <translation>Ajouter une activité…</translation>
    </message>
    <message>
        <source>Process documents (published in the repository when marked so)</source>
        <translation>Documents de processus (publiés dans le dépôt lorsqu&apos;ils sont marqués ainsi)</translation>
    </message>
    <message>
        <source>Add a document…</source>
        <translation>Ajouter un document…</translation>
    </message>
    <message>
        <source>Cannot record the address</source>
        <translation>Impossible d&apos;enregistrer l&apos;adresse</translation>
    </message>
    <message>
        <source>OGP website recorded.</source>
        <translation>Site web PGO enregistré.</translation>
    </message>
    <message>
        <source>Cannot save the action plan</source>
        <translation>Impossible d&apos;enregistrer le plan d&apos;action</translation>
    </message>
    <message>
        <source>Cannot remove it</source>
        <translation>Impossible de le retirer</translation>
    </message>
    <message>
        <source>Cannot save the activity</source>
        <translation>Impossible d&apos;enregistrer l&apos;activité</translation>
    </message>
    <message>
        <source>Cannot add the document</source>
        <translation>Impossible d&apos;ajouter le document</translation>
    </message>
    <message>
        <source>Cannot change the document</source>
        <translation>Impossible de modifier le document</translation>
    </message>
    <message>
        <source>Cannot remove the document</source>
        <translation>Impossible de retirer le document</translation>
    </message>
    <message>
        <source>Removed “{title}”: the next repository export no longer publishes it (Edit → Undo puts it back).</source>
        <translation>« {title} » retiré : la prochaine exportation du dépôt ne le publie plus (Édition → Annuler le remet).</translation>
    </message>
</context>
<context>
    <name>PAGES_TODAY</name>
    <message>
        <source>Reading what is due…</source>
        <translation>Lecture des échéances…</translation>
    </message>
    <message>
        <source>A new forum, step by step: {done} of {total} done</source>
        <translation>Un nouveau forum, pas à pas : {done} sur {total} faits</translation>
    </message>
    <message>
        <source>Nothing is due or late today.</source>
        <translation>Rien n&apos;est dû ni en retard aujourd&apos;hui.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to do, {late} late. Double-click a line to act on it.</source>
        <translation>
            <numerusform>%n chose à faire, {late} en retard. Double-cliquez sur une ligne pour agir.</numerusform>
            <numerusform>%n choses à faire, {late} en retard. Double-cliquez sur une ligne pour agir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SESSION</name>
    <message>
        <source>{name} is open read-only.</source>
        <translation>{name} est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>{job} is still running and writes these records. Wait until it ends (or cancel it in the status bar), then try again. Nothing was changed.</source>
        <translation>{job} est toujours en cours et écrit ces enregistrements. Attendez la fin (ou annulez-le dans la barre d’état), puis réessayez. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>{read_only_reason} Nothing was changed.</source>
        <translation>{read_only_reason} Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>“{edit}” cannot be undone now: {job} is still running and writes these records. Wait until it ends (or cancel it in the status bar), then undo again. Nothing was changed.</source>
        <translation>« {edit} » ne peut pas être annulé pour le moment : {job} est toujours en cours et écrit ces enregistrements. Attendez la fin (ou annulez-le dans la barre d’état), puis annulez de nouveau. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>“{edit}” cannot be redone now: {job} is still running and writes these records. Wait until it ends (or cancel it in the status bar), then redo again. Nothing was changed.</source>
        <translation>« {edit} » ne peut pas être rétabli pour le moment : {job} est toujours en cours et écrit ces enregistrements. Attendez la fin (ou annulez-le dans la barre d’état), puis rétablissez de nouveau. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>{job} is still running. Wait until it ends, then try again. Nothing was changed.</source>
        <translation>{job} est toujours en cours. Attendez la fin, puis réessayez. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Doing: {edit}…</source>
        <translation>En cours : {edit}…</translation>
    </message>
    <message>
        <source>Undoing: {edit}…</source>
        <translation>Annulation : {edit}…</translation>
    </message>
    <message>
        <source>Redoing: {edit}…</source>
        <translation>Rétablissement : {edit}…</translation>
    </message>
</context>
<context>
    <name>SHORTCUTS</name>
    <message>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>Meetings page</source>
        <translation>Page Réunions</translation>
    </message>
    <message>
        <source>Meetings page, agenda tab</source>
        <translation>Page Réunions, onglet ordre du jour</translation>
    </message>
    <message>
        <source>Members page, in the table</source>
        <translation>Page Membres, dans le tableau</translation>
    </message>
    <message>
        <source>Minutes page</source>
        <translation>Page Procès-verbaux</translation>
    </message>
    <message>
        <source>Minutes page, attendance list</source>
        <translation>Page Procès-verbaux, liste de présence</translation>
    </message>
    <message>
        <source>In a date field</source>
        <translation>Dans un champ de date</translation>
    </message>
    <message>
        <source>New forum</source>
        <translation>Nouveau forum</translation>
    </message>
    <message>
        <source>Open a forum</source>
        <translation>Ouvrir un forum</translation>
    </message>
    <message>
        <source>Save a copy of the forum</source>
        <translation>Enregistrer une copie du forum</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
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
        <source>Keyboard shortcuts (this list)</source>
        <translation>Raccourcis clavier (cette liste)</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <source>Move the agenda item up</source>
        <translation>Monter le point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Move the agenda item down</source>
        <translation>Descendre le point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <source>Remove the member entered by mistake</source>
        <translation>Retirer le membre saisi par erreur</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>The current agenda item</source>
        <translation>Le point en cours de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Summary and amendments</source>
        <translation>Résumé et amendements</translation>
    </message>
    <message>
        <source>Next agenda item</source>
        <translation>Point suivant de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Previous agenda item</source>
        <translation>Point précédent de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Add a decision to the current item</source>
        <translation>Ajouter une décision au point en cours</translation>
    </message>
    <message>
        <source>Add an action (also while typing the notes)</source>
        <translation>Ajouter une action (aussi pendant la saisie des notes)</translation>
    </message>
    <message>
        <source>Export the minutes</source>
        <translation>Exporter le procès-verbal</translation>
    </message>
    <message>
        <source>In person, then the next name</source>
        <translation>En personne, puis le nom suivant</translation>
    </message>
    <message>
        <source>Remote, then the next name</source>
        <translation>À distance, puis le nom suivant</translation>
    </message>
    <message>
        <source>Apologies, then the next name</source>
        <translation>Excusé, puis le nom suivant</translation>
    </message>
    <message>
        <source>Absent, then the next name</source>
        <translation>Absent, puis le nom suivant</translation>
    </message>
    <message>
        <source>Open the calendar (or F4)</source>
        <translation>Ouvrir le calendrier (ou F4)</translation>
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
<context>
    <name>WIDGETS_BOARD_BOOK</name>
    <message>
        <source>What the forum should come away with, in a sentence or two</source>
        <translation>Ce que le forum doit en retirer, en une phrase ou deux</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Printed at the top of the pack and the notice.</source>
        <translation>Imprimé en tête du dossier et de la convocation.</translation>
    </message>
    <message>
        <source>Tabled: distributed at the meeting, not with the pack</source>
        <translation>Déposé en séance : distribué lors de la réunion, pas avec le dossier</translation>
    </message>
    <message>
        <source>A break (coffee, lunch): timed, with no number, paper or decision</source>
        <translation>Une pause (café, déjeuner) : minutée, sans numéro, document ni décision</translation>
    </message>
    <message>
        <source>Board book: bind the papers this audience may read into the PDF (PDF and, where LibreOffice is installed, Word papers; the others listed with the reason)</source>
        <translation>Dossier complet : relier dans le PDF les documents que ce public peut lire (les PDF et, si LibreOffice est installé, les documents Word ; les autres listés avec le motif)</translation>
    </message>
    <message>
        <source>Version {version}, of {day}</source>
        <translation>Version {version}, du {day}</translation>
    </message>
</context>
<context>
    <name>WIDGETS_CONFLICTS</name>
    <message>
        <source>Note for the minutes (e.g. left the room for the item)</source>
        <translation>Note pour le procès-verbal (p. ex. a quitté la salle pour ce point)</translation>
    </message>
    <message>
        <source>Record recusal</source>
        <translation>Enregistrer la récusation</translation>
    </message>
    <message>
        <source>Record waiver</source>
        <translation>Enregistrer la dérogation</translation>
    </message>
    <message>
        <source>The co-chairs allowed the member to take part despite the interest.</source>
        <translation>Les coprésidents ont autorisé le membre à participer malgré l&apos;intérêt.</translation>
    </message>
    <message>
        <source>Record declaration</source>
        <translation>Enregistrer la déclaration</translation>
    </message>
    <message>
        <source>The member declared the interest at the meeting.</source>
        <translation>Le membre a déclaré l&apos;intérêt en séance.</translation>
    </message>
    <message>
        <source>Reading the potential conflicts of interest…</source>
        <translation>Lecture des conflits d’intérêts potentiels…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decisions flagged:&lt;/b&gt;&lt;ul style=&apos;margin-left:-20px&apos;&gt;{items}&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Décisions signalées :&lt;/b&gt;&lt;ul style=&apos;margin-left:-20px&apos;&gt;{items}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Choose a meeting to see potential conflicts of interest.</source>
        <translation>Choisissez une réunion pour voir les conflits d&apos;intérêts potentiels.</translation>
    </message>
    <message>
        <source>this item</source>
        <translation>ce point</translation>
    </message>
    <message>
        <source>this agenda</source>
        <translation>cet ordre du jour</translation>
    </message>
    <message>
        <source>No potential conflict of interest on {where}, from the interests members have declared and the organisations and topics the items name.</source>
        <translation>Aucun conflit d&apos;intérêts potentiel sur {where}, d&apos;après les intérêts déclarés par les membres et les organisations et thèmes cités par les points.</translation>
    </message>
    <message numerus="yes">
        <source>%n potential conflict(s) of interest on {where}</source>
        <translation>
            <numerusform>%n conflit d&apos;intérêts potentiel sur {where}</numerusform>
            <numerusform>%n conflits d&apos;intérêts potentiels sur {where}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) flagged</source>
        <translation>
            <numerusform>%n décision signalée</numerusform>
            <numerusform>%n décisions signalées</numerusform>
        </translation>
    </message>
    <message>
        <source>The minutes of this meeting are approved and locked.</source>
        <translation>Le procès-verbal de cette réunion est approuvé et verrouillé.</translation>
    </message>
    <message>
        <source>Cannot record it</source>
        <translation>Impossible de l&apos;enregistrer</translation>
    </message>
</context>
<context>
    <name>WIDGETS_DASHBOARD_CHARTS</name>
    <message>
        <source>Forum meetings per quarter</source>
        <translation>Réunions du forum par trimestre</translation>
    </message>
    <message>
        <source>held</source>
        <comment>meetings in a quarter</comment>
        <translation>tenues</translation>
    </message>
    <message>
        <source>planned</source>
        <comment>meetings in a quarter</comment>
        <translation>prévues</translation>
    </message>
    <message>
        <source>target</source>
        <translation>objectif</translation>
    </message>
    <message>
        <source>Parity over time</source>
        <translation>Parité dans le temps</translation>
    </message>
    <message>
        <source>government</source>
        <translation>gouvernement</translation>
    </message>
    <message>
        <source>non-government</source>
        <translation>non gouvernemental</translation>
    </message>
    <message>
        <source>uneven</source>
        <translation>déséquilibre</translation>
    </message>
    <message>
        <source>Time to answer contributions</source>
        <translation>Délai de réponse aux contributions</translation>
    </message>
    <message>
        <source>within the target</source>
        <translation>dans le délai</translation>
    </message>
    <message>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>working days to answer (target {response_target}); {open_overdue} overdue and open</source>
        <translation>jours ouvrés pour répondre (objectif {response_target}) ; {open_overdue} en retard et ouvertes</translation>
    </message>
</context>
<context>
    <name>WIDGETS_DATES</name>
    <message>
        <source>Type the date as {format} or YYYY-MM-DD, or pick it from the calendar (the button at the right, or Alt+Down).</source>
        <translation>Tapez la date sous la forme {format} ou AAAA-MM-JJ, ou choisissez-la dans le calendrier (le bouton à droite, ou Alt+Bas).</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>Choisir une date</translation>
    </message>
</context>
<context>
    <name>WIDGETS_FOLDERS</name>
    <message>
        <source>Choose</source>
        <translation>Choisir</translation>
    </message>
</context>
<context>
    <name>WIDGETS_FORMS</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>WIDGETS_HOLIDAYS</name>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Jour férié</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Jours fériés</translation>
    </message>
    <message>
        <source>Days the forum&apos;s offices are closed: the year planner proposes no meeting on them, and answers do not fall due on them.</source>
        <translation>Jours de fermeture des bureaux du forum : le planificateur annuel n&apos;y propose aucune réunion et aucune réponse n&apos;arrive à échéance ces jours-là.</translation>
    </message>
    <message>
        <source>Name, e.g. Labour Day</source>
        <translation>Nom, p. ex. Fête du travail</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Type the day, as {format}, or pick it from the calendar.</source>
        <translation>Saisissez le jour au format {format} ou choisissez-le dans le calendrier.</translation>
    </message>
</context>
<context>
    <name>WIDGETS_JOBS_BAR</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop this work; nothing is written</source>
        <translation>Arrêter ce travail ; rien n&apos;est écrit</translation>
    </message>
    <message>
        <source>{title}: cancelling…</source>
        <translation>{title} : annulation…</translation>
    </message>
    <message>
        <source>{title}: writing {name} ({n} of {count})</source>
        <translation>{title} : rédaction de {name} ({n} sur {count})</translation>
    </message>
    <message>
        <source>{title}: writing {name}</source>
        <translation>{title} : rédaction de {name}</translation>
    </message>
</context>
<context>
    <name>WIDGETS_PAPER_VERSIONS</name>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Came in</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Replaced on</source>
        <translation>Remplacée le</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>{version} (current)</source>
        <translation>{version} (actuelle)</translation>
    </message>
    <message>
        <source>still current</source>
        <translation>toujours en vigueur</translation>
    </message>
    <message>
        <source>Versions circulated</source>
        <translation>Versions diffusées</translation>
    </message>
    <message>
        <source>Earlier versions stay in the forum&apos;s storage, as they were sent.</source>
        <translation>Les versions antérieures restent dans le stockage du forum, telles qu&apos;elles ont été envoyées.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>No program here opens {name}; it is stored at {path}.</source>
        <translation>Aucun programme de cet ordinateur n&apos;ouvre {name} ; le fichier est conservé dans {path}.</translation>
    </message>
</context>
<context>
    <name>WIDGETS_PARITY_CHART</name>
    <message>
        <source>{filled} of {target}</source>
        <translation>{filled} sur {target}</translation>
    </message>
    <message>
        <source>Seats by side — {sides}. By sector — {sectors}.</source>
        <translation>Sièges par collège — {sides}. Par secteur — {sectors}.</translation>
    </message>
    <message>
        <source>By side</source>
        <translation>Par collège</translation>
    </message>
    <message>
        <source>By sector</source>
        <translation>Par secteur</translation>
    </message>
    <message>
        <source>No voting seats are filled.</source>
        <translation>Aucun siège votant n&apos;est pourvu.</translation>
    </message>
</context>
<context>
    <name>WIDGETS_PARITY_PANEL</name>
    <message numerus="yes">
        <source>{filled} of %n seat(s) filled</source>
        <translation>
            <numerusform>{filled} siège pourvu sur %n</numerusform>
            <numerusform>{filled} sièges pourvus sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) filled</source>
        <translation>
            <numerusform>%n siège pourvu</numerusform>
            <numerusform>%n sièges pourvus</numerusform>
        </translation>
    </message>
    <message>
        <source>Parity on</source>
        <translation>Parité au</translation>
    </message>
    <message>
        <source>Look at the balance of seats on another date</source>
        <translation>Voir l&apos;équilibre des sièges à une autre date</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Government seats</source>
        <translation>Sièges gouvernementaux</translation>
    </message>
    <message>
        <source>Non-government seats</source>
        <translation>Sièges non gouvernementaux</translation>
    </message>
    <message>
        <source>Coming changes</source>
        <translation>Changements à venir</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Gouvernement</translation>
    </message>
    <message>
        <source>Non-government</source>
        <translation>Non gouvernemental</translation>
    </message>
    <message>
        <source>How the balance moves as terms end and start over the next two years from {day}.</source>
        <translation>Évolution de l&apos;équilibre à mesure que des mandats s&apos;achèvent et commencent au cours des deux prochaines années à partir du {day}.</translation>
    </message>
    <message>
        <source>No seat changes hands in the next two years.</source>
        <translation>Aucun siège ne change de titulaire au cours des deux prochaines années.</translation>
    </message>
</context>
<context>
    <name>WIDGETS_ZONES</name>
    <message>
        <source>Type a city or region, e.g. Paris</source>
        <translation>Tapez une ville ou une région, par ex. Paris</translation>
    </message>
    <message>
        <source>The time zone of the meeting&apos;s place; type part of its name to find it.</source>
        <translation>Le fuseau horaire du lieu de la réunion ; tapez une partie de son nom pour le trouver.</translation>
    </message>
</context>
<context>
    <name>WORDS</name>
    <message>
        <source>{day}, {start} to {end_day}, {end} ({zone})</source>
        <translation>{day}, {start} au {end_day}, {end} ({zone})</translation>
    </message>
    <message>
        <source>{day}, {start}–{end} ({zone})</source>
        <translation>{day}, {start}–{end} ({zone})</translation>
    </message>
    <message>
        <source>Monthly while the Action Plan is in development</source>
        <translation>Tous les mois pendant l&apos;élaboration du plan d&apos;action</translation>
    </message>
    <message numerus="yes">
        <source>At least every %n month(s)</source>
        <translation>
            <numerusform>Au moins tous les %n mois</numerusform>
            <numerusform>Au moins tous les %n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>members present</source>
        <translation>des membres présents</translation>
    </message>
    <message>
        <source>all active members</source>
        <translation>de tous les membres en fonction</translation>
    </message>
    <message>
        <source>Qualified majority ({fraction} of {base})</source>
        <translation>Majorité qualifiée ({fraction} {base})</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <source>Majority</source>
        <translation>Majorité</translation>
    </message>
    <message>
        <source>Mixed (consensus; vote by exception)</source>
        <translation>Mixte (consensus ; vote par exception)</translation>
    </message>
    <message>
        <source>The pack for “{title}” ({day}) has not been sent; the notice was due by {due}.</source>
        <translation>Le dossier de « {title} » ({day}) n&apos;a pas été envoyé ; la convocation devait partir au plus tard le {due}.</translation>
    </message>
    <message>
        <source>“{title}” ({day}) is past: record it as held, cancelled or postponed.</source>
        <translation>« {title} » ({day}) est passée : enregistrez-la comme tenue, annulée ou reportée.</translation>
    </message>
</context>
<context>
    <name>WORKERS</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
</TS>
