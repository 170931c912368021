<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>APP</name>
    <message>
        <source>Welcome to MSF Desk</source>
        <translation>Bienvenido a MSF Desk</translation>
    </message>
    <message>
        <source>This is the first time MSF Desk has run here.

Would you like to start with the demo forum (a forum full of sample records to explore)? Choose No to start your own, empty forum.</source>
        <translation>Es la primera vez que MSF Desk se abre aquí.

¿Desea empezar con el foro de demostración (un foro lleno de registros de ejemplo para explorar)? Elija No para empezar su propio foro, vacío.</translation>
    </message>
    <message>
        <source>Cannot open the forum</source>
        <translation>No se puede abrir el foro</translation>
    </message>
</context>
<context>
    <name>COMMANDS_ETHICS</name>
    <message>
        <source>adopt a new version of the ethics statement</source>
        <translation>adoptar una nueva versión de la declaración de ética</translation>
    </message>
    <message>
        <source>record the signature of {name}</source>
        <translation>registrar la firma de {name}</translation>
    </message>
    <message>
        <source>record the signature of a member</source>
        <translation>registrar la firma de un miembro</translation>
    </message>
    <message>
        <source>remove a signature</source>
        <translation>quitar una firma</translation>
    </message>
    <message>
        <source>add a declaration of interests</source>
        <translation>añadir una declaración de intereses</translation>
    </message>
    <message>
        <source>edit a declaration of interests</source>
        <translation>editar una declaración de intereses</translation>
    </message>
    <message>
        <source>remove a declaration of interests</source>
        <translation>quitar una declaración de intereses</translation>
    </message>
    <message>
        <source>record a breach</source>
        <translation>registrar un incumplimiento</translation>
    </message>
    <message>
        <source>edit a breach</source>
        <translation>editar un incumplimiento</translation>
    </message>
    <message>
        <source>remove a breach</source>
        <translation>quitar un incumplimiento</translation>
    </message>
    <message>
        <source>record: {name} — {kind}</source>
        <translation>registrar: {name} — {kind}</translation>
    </message>
    <message>
        <source>member</source>
        <translation>miembro</translation>
    </message>
</context>
<context>
    <name>COMMANDS_MEETINGS</name>
    <message>
        <source>add meeting {title}</source>
        <translation>añadir la reunión {title}</translation>
    </message>
    <message>
        <source>edit meeting {title}</source>
        <translation>editar la reunión {title}</translation>
    </message>
    <message>
        <source>record as held {title}</source>
        <translation>registrar como celebrada la reunión {title}</translation>
    </message>
    <message>
        <source>cancel {title}</source>
        <translation>cancelar la reunión {title}</translation>
    </message>
    <message>
        <source>postpone {title}</source>
        <translation>aplazar la reunión {title}</translation>
    </message>
    <message>
        <source>reinstate {title}</source>
        <translation>restablecer la reunión {title}</translation>
    </message>
    <message>
        <source>delete meeting</source>
        <translation>eliminar la reunión</translation>
    </message>
    <message>
        <source>delete meeting {title}</source>
        <translation>eliminar la reunión {title}</translation>
    </message>
    <message numerus="yes">
        <source>plan %n meeting(s)</source>
        <translation>
            <numerusform>planificar %n reunión</numerusform>
            <numerusform>planificar %n reuniones</numerusform>
        </translation>
    </message>
    <message>
        <source>add item {title}</source>
        <translation>añadir el punto {title}</translation>
    </message>
    <message>
        <source>edit item {title}</source>
        <translation>editar el punto {title}</translation>
    </message>
    <message>
        <source>remove item {title}</source>
        <translation>quitar el punto {title}</translation>
    </message>
    <message>
        <source>reorder the agenda</source>
        <translation>reordenar el orden del día</translation>
    </message>
    <message>
        <source>add the standing items</source>
        <translation>añadir los puntos permanentes</translation>
    </message>
    <message>
        <source>copy an agenda</source>
        <translation>copiar un orden del día</translation>
    </message>
    <message>
        <source>approval by {name}</source>
        <translation>aprobación de {name}</translation>
    </message>
    <message>
        <source>record the notice for {title} as sent</source>
        <translation>registrar como enviada la convocatoria de {title}</translation>
    </message>
    <message>
        <source>add paper {title}</source>
        <translation>añadir el documento {title}</translation>
    </message>
    <message>
        <source>edit paper {title}</source>
        <translation>editar el documento {title}</translation>
    </message>
    <message>
        <source>remove paper {title}</source>
        <translation>quitar el documento {title}</translation>
    </message>
    <message>
        <source>add holiday {day}</source>
        <translation>añadir el feriado {day}</translation>
    </message>
    <message>
        <source>remove holiday {day}</source>
        <translation>quitar el feriado {day}</translation>
    </message>
</context>
<context>
    <name>COMMANDS_MEMBERS</name>
    <message>
        <source>add {name}</source>
        <translation>añadir a {name}</translation>
    </message>
    <message>
        <source>edit {name}</source>
        <translation>editar a {name}</translation>
    </message>
    <message>
        <source>remove {name}</source>
        <translation>quitar a {name}</translation>
    </message>
    <message>
        <source>add selection round {title}</source>
        <translation>añadir el proceso de selección {title}</translation>
    </message>
    <message>
        <source>edit the forum profile</source>
        <translation>editar el perfil del foro</translation>
    </message>
    <message numerus="yes">
        <source>import %n member(s) from {source}</source>
        <translation>
            <numerusform>importar %n miembro desde {source}</numerusform>
            <numerusform>importar %n miembros desde {source}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>COMMANDS_MINUTES</name>
    <message>
        <source>start the minutes</source>
        <translation>iniciar el acta</translation>
    </message>
    <message>
        <source>mark {name}: {presence}</source>
        <translation>marcar a {name}: {presence}</translation>
    </message>
    <message>
        <source>member</source>
        <translation>miembro</translation>
    </message>
    <message>
        <source>add {name}</source>
        <translation>añadir a {name}</translation>
    </message>
    <message>
        <source>remove {name}</source>
        <translation>quitar a {name}</translation>
    </message>
    <message>
        <source>add a decision</source>
        <translation>añadir una decisión</translation>
    </message>
    <message>
        <source>remove a decision</source>
        <translation>quitar una decisión</translation>
    </message>
    <message>
        <source>record the vote</source>
        <translation>registrar la votación</translation>
    </message>
    <message>
        <source>add an action</source>
        <translation>añadir una acción</translation>
    </message>
    <message>
        <source>change an action</source>
        <translation>modificar una acción</translation>
    </message>
    <message>
        <source>mark the action {status}</source>
        <translation>marcar la acción: {status}</translation>
    </message>
    <message>
        <source>remove an action</source>
        <translation>quitar una acción</translation>
    </message>
    <message>
        <source>record: {kind}</source>
        <translation>registrar: {kind}</translation>
    </message>
    <message>
        <source>remove a declaration</source>
        <translation>quitar una declaración</translation>
    </message>
    <message>
        <source>circulate the minutes</source>
        <translation>distribuir el acta</translation>
    </message>
</context>
<context>
    <name>COMMANDS_PAPERS</name>
    <message>
        <source>new version of the paper {title}</source>
        <translation>nueva versión del documento {title}</translation>
    </message>
</context>
<context>
    <name>COMMANDS_RESPONSES</name>
    <message>
        <source>answer no. {id} ({outcome})</source>
        <translation>responder al n.º {id} ({outcome})</translation>
    </message>
    <message>
        <source>add a contribution</source>
        <translation>añadir una contribución</translation>
    </message>
    <message>
        <source>edit contribution no. {id}</source>
        <translation>editar la contribución n.º {id}</translation>
    </message>
    <message>
        <source>attach {file} to no. {id}</source>
        <translation>adjuntar {file} al n.º {id}</translation>
    </message>
    <message>
        <source>edit the summary of {theme}</source>
        <translation>editar el resumen de {theme}</translation>
    </message>
    <message>
        <source>edit the summary of contributions without a theme</source>
        <translation>editar el resumen de las contribuciones sin tema</translation>
    </message>
    <message>
        <source>add consultation {name}</source>
        <translation>añadir la consulta {name}</translation>
    </message>
    <message>
        <source>edit consultation {name}</source>
        <translation>editar la consulta {name}</translation>
    </message>
    <message numerus="yes">
        <source>import %n contribution(s) from {source}</source>
        <translation>
            <numerusform>importar %n contribución desde {source}</numerusform>
            <numerusform>importar %n contribuciones desde {source}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and update %n</source>
        <translation>
            <numerusform> y actualizar %n</numerusform>
            <numerusform> y actualizar %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>answer %n contribution(s): {outcome}</source>
        <translation>
            <numerusform>responder a %n contribución: {outcome}</numerusform>
            <numerusform>responder a %n contribuciones: {outcome}</numerusform>
        </translation>
    </message>
    <message>
        <source>delete consultation {name}</source>
        <translation>eliminar la consulta {name}</translation>
    </message>
    <message>
        <source>delete contribution no. {id}</source>
        <translation>eliminar la contribución n.º {id}</translation>
    </message>
    <message numerus="yes">
        <source>delete %n contribution(s)</source>
        <translation>
            <numerusform>eliminar %n contribución</numerusform>
            <numerusform>eliminar %n contribuciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>COMMANDS_STANDARDS</name>
    <message>
        <source>Choose the standards</source>
        <translation>elegir los estándares</translation>
    </message>
    <message>
        <source>Record the OGP website</source>
        <translation>registrar el sitio web de OGP</translation>
    </message>
    <message>
        <source>Save the action plan {name}</source>
        <translation>guardar el plan de acción {name}</translation>
    </message>
    <message>
        <source>Remove an action plan</source>
        <translation>quitar un plan de acción</translation>
    </message>
    <message>
        <source>Save an outreach activity</source>
        <translation>guardar una actividad de difusión</translation>
    </message>
    <message>
        <source>Remove an outreach activity</source>
        <translation>quitar una actividad de difusión</translation>
    </message>
    <message>
        <source>Add the document {title}</source>
        <translation>añadir el documento {title}</translation>
    </message>
    <message>
        <source>Change the document {title}</source>
        <translation>modificar el documento {title}</translation>
    </message>
    <message>
        <source>Remove a process document</source>
        <translation>quitar un documento del proceso</translation>
    </message>
</context>
<context>
    <name>COMMANDS_TRASH</name>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Declaration of interests</source>
        <translation>Declaración de intereses</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribución</translation>
    </message>
    <message>
        <source>restore {kind} “{label}” from the trash</source>
        <translation>restaurar de la papelera: {kind} «{label}»</translation>
    </message>
</context>
<context>
    <name>DIALOGS_ABOUT</name>
    <message>
        <source>About MSF Desk</source>
        <translation>Acerca de MSF Desk</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;font-size:16px&apos;&gt;{version_line}&lt;/b&gt;&lt;br&gt;The secretariat&apos;s desk for a multi-stakeholder forum: membership and parity, meetings, minutes, ethics, reasoned responses and the public repository. Works offline; each forum is one file on your computer.</source>
        <translation>&lt;b style=&apos;font-size:16px&apos;&gt;{version_line}&lt;/b&gt;&lt;br&gt;El escritorio de la secretaría de un foro multiactor: composición y paridad, reuniones, actas, ética, respuestas razonadas y repositorio público. Funciona sin conexión; cada foro es un archivo en su computadora.</translation>
    </message>
    <message>
        <source>{qt_line}&lt;br&gt;{python_line}&lt;br&gt;Forums are kept in: {user_data_dir}</source>
        <translation>{qt_line}&lt;br&gt;{python_line}&lt;br&gt;Los foros se guardan en: {user_data_dir}</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>no se encontró ninguna</translation>
    </message>
    <message>
        <source>no licence file found</source>
        <translation>no se encontró ningún archivo de licencia</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fonts in the PDFs it writes&lt;/b&gt;: {families}, under {names}. The licence as shipped with the fonts:</source>
        <translation>&lt;b&gt;Fuentes de los PDF que genera&lt;/b&gt;: {families}, bajo {names}. La licencia tal como se distribuye con las fuentes:</translation>
    </message>
</context>
<context>
    <name>DIALOGS_BACKUPS</name>
    <message>
        <source>automatic</source>
        <translation>automática</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>antes de una actualización</translation>
    </message>
    <message>
        <source>before the demo replaced it</source>
        <translation>antes de que la demostración lo sustituyera</translation>
    </message>
    <message>
        <source>MSF Desk forum (*.msf);;All files (*)</source>
        <translation>Foro de MSF Desk (*.msf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Verified: no damage</source>
        <translation>Verificada: sin daños</translation>
    </message>
    <message>
        <source>Damaged: {item0}</source>
        <translation>Dañada: {item0}</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>MSF Desk keeps backups of &lt;b&gt;{name}&lt;/b&gt; in &lt;b&gt;{name2}&lt;/b&gt; beside it: one when the forum is opened and at most every 15 minutes while you edit; the last 10, and one a day for 30 days. Each is checked for damage again below.&lt;br&gt;&lt;br&gt;Restoring writes the backup into a &lt;b&gt;new file&lt;/b&gt;; the open forum is not changed.</source>
        <translation>MSF Desk guarda copias de seguridad de &lt;b&gt;{name}&lt;/b&gt; en &lt;b&gt;{name2}&lt;/b&gt;, junto al archivo: una al abrir el foro y como máximo una cada 15 minutos mientras edita; las 10 últimas, y una al día durante 30 días. Cada una se vuelve a comprobar abajo.&lt;br&gt;&lt;br&gt;Al restaurar, la copia se escribe en un &lt;b&gt;archivo nuevo&lt;/b&gt;; el foro abierto no cambia.</translation>
    </message>
    <message>
        <source>There are no backups of {name} yet.</source>
        <translation>Todavía no hay copias de seguridad de {name}.</translation>
    </message>
    <message>
        <source>Restore into a new file…</source>
        <translation>Restaurar en un archivo nuevo…</translation>
    </message>
    <message>
        <source>Restore into a new file</source>
        <translation>Restaurar en un archivo nuevo</translation>
    </message>
    <message>
        <source>Restoring the backup of {taken}…</source>
        <translation>Restaurando la copia del {taken}…</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
        <source>The backup was restored into {path}.

Open it now? The forum open now is left as it is; you can open it again from File → Open recent.</source>
        <translation>La copia de seguridad se restauró en {path}.

¿Abrirla ahora? El foro abierto queda como está; puede volver a abrirlo desde Archivo → Abrir reciente.</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Abrirla</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
</context>
<context>
    <name>DIALOGS_ETHICS</name>
    <message numerus="yes">
        <source>Please put right the %n problem(s) marked in red.</source>
        <translation>
            <numerusform>Corrija el problema marcado en rojo.</numerusform>
            <numerusform>Corrija los %n problemas marcados en rojo.</numerusform>
        </translation>
    </message>
    <message>
        <source>New version of the ethics statement</source>
        <translation>Nueva versión de la declaración de ética</translation>
    </message>
    <message>
        <source>Adopt the ethics statement</source>
        <translation>Adoptar la declaración de ética</translation>
    </message>
    <message>
        <source>What changed, for the record (e.g. adds a rule on gifts)</source>
        <translation>Qué cambió, para que conste (p. ej., añade una regla sobre regalos)</translation>
    </message>
    <message>
        <source>Members are asked to sign the new version.</source>
        <translation>Se pide a los miembros que firmen la nueva versión.</translation>
    </message>
    <message>
        <source>Start from MSF Desk&apos;s text around the seven principles of public life, and adapt it to the forum&apos;s rules and sanctions.</source>
        <translation>Parta del texto de MSF Desk, basado en los siete principios de la vida pública, y adáptelo a las reglas y sanciones del foro.</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Texto</translation>
    </message>
    <message>
        <source>&amp;Adopted on</source>
        <translation>&amp;Adoptada el</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>Record a signature of the ethics statement</source>
        <translation>Registrar una firma de la declaración de ética</translation>
    </message>
    <message>
        <source>(choose a member)</source>
        <translation>(elija un miembro)</translation>
    </message>
    <message>
        <source>Version {version} of {day}</source>
        <translation>Versión {version} del {day}</translation>
    </message>
    <message>
        <source>Typed confirmation by the member</source>
        <translation>Confirmación escrita del miembro</translation>
    </message>
    <message>
        <source>Scanned signed copy</source>
        <translation>Copia firmada escaneada</translation>
    </message>
    <message>
        <source>The scanned file (PDF or image)</source>
        <translation>El archivo escaneado (PDF o imagen)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>&amp;Member</source>
        <translation>&amp;Miembro</translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <translation>&amp;Versión</translation>
    </message>
    <message>
        <source>&amp;Signed on</source>
        <translation>&amp;Firmada el</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>&amp;Confirmation</source>
        <translation>&amp;Confirmación</translation>
    </message>
    <message>
        <source>The member&apos;s own words (from their e-mail or typed by them). Kept on the forum&apos;s record only; never published.</source>
        <translation>Las propias palabras del miembro (de su correo o escritas por él). Se guardan solo en el registro del foro; nunca se publican.</translation>
    </message>
    <message>
        <source>Sc&amp;an</source>
        <translation>Esc&amp;aneo</translation>
    </message>
    <message>
        <source>The scanned signed copy</source>
        <translation>La copia firmada escaneada</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Escaneos (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Edit an interest</source>
        <translation>Editar un interés</translation>
    </message>
    <message>
        <source>Add an interest</source>
        <translation>Añadir un interés</translation>
    </message>
    <message>
        <source>e.g. Open Budget Coalition</source>
        <translation>p. ej., Coalición por un Presupuesto Abierto</translation>
    </message>
    <message>
        <source>Why it should not be published (e.g. concerns a relative)</source>
        <translation>Por qué no debe publicarse (p. ej., concierne a un familiar)</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organización</translation>
    </message>
    <message>
        <source>Name it as written on agenda items: conflicts are found by matching names.</source>
        <translation>Nómbrela como en los puntos del orden del día: los conflictos se detectan por coincidencia de nombres.</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>&amp;Visibility</source>
        <translation>&amp;Visibilidad</translation>
    </message>
    <message>
        <source>Public interests appear in the published register; forum-only ones never do.</source>
        <translation>Los intereses públicos aparecen en el registro publicado; los reservados al foro, nunca.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Edit the declaration of interests — {member_name}</source>
        <translation>Editar la declaración de intereses — {member_name}</translation>
    </message>
    <message>
        <source>New declaration of interests — {member_name}</source>
        <translation>Nueva declaración de intereses — {member_name}</translation>
    </message>
    <message>
        <source>Nothing to declare</source>
        <translation>Nada que declarar</translation>
    </message>
    <message>
        <source>Add interest…</source>
        <translation>Añadir interés…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>&amp;Made on</source>
        <translation>&amp;Hecha el</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Clase</translation>
    </message>
    <message>
        <source>&amp;Interests</source>
        <translation>&amp;Intereses</translation>
    </message>
    <message>
        <source>The whole picture on that day: the newest declaration replaces the earlier ones.</source>
        <translation>La situación completa en esa fecha: la declaración más reciente sustituye a las anteriores.</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ota</translation>
    </message>
    <message>
        <source>Edit a breach</source>
        <translation>Editar un incumplimiento</translation>
    </message>
    <message>
        <source>Record a breach</source>
        <translation>Registrar un incumplimiento</translation>
    </message>
    <message>
        <source>(choose the member concerned)</source>
        <translation>(elija el miembro afectado)</translation>
    </message>
    <message>
        <source>e.g. The co-chairs, after hearing the member</source>
        <translation>p. ej., Los copresidentes, tras escuchar al miembro</translation>
    </message>
    <message>
        <source>&amp;Allegation</source>
        <translation>&amp;Denuncia</translation>
    </message>
    <message>
        <source>&amp;Reported on</source>
        <translation>&amp;Notificado el</translation>
    </message>
    <message>
        <source>&amp;Handled by</source>
        <translation>&amp;Tramitado por</translation>
    </message>
    <message>
        <source>&amp;Sanction</source>
        <translation>&amp;Sanción</translation>
    </message>
    <message>
        <source>Under the forum&apos;s rules: no sanction, a warning, a suspension or removal.</source>
        <translation>Según las reglas del foro: ninguna sanción, una advertencia, una suspensión o la separación.</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Resultado</translation>
    </message>
    <message>
        <source>&amp;Decided on</source>
        <translation>&amp;Decidido el</translation>
    </message>
    <message>
        <source>&amp;Closed on</source>
        <translation>&amp;Cerrado el</translation>
    </message>
    <message>
        <source>A removal ends {who}&apos;s term the day before the decision date: they leave the forum&apos;s seats and the parity count. Edit ▸ Undo puts them back.</source>
        <translation>Una separación pone fin al mandato de {who} el día anterior a la fecha de la decisión: deja los puestos del foro y el cómputo de la paridad. Edición ▸ Deshacer lo restituye.</translation>
    </message>
    <message>
        <source>choose the member concerned</source>
        <translation>elija el miembro afectado</translation>
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
        <translation>Hoja de cálculo (.csv)</translation>
    </message>
    <message>
        <source>Open data (.json)</source>
        <translation>Datos abiertos (.json)</translation>
    </message>
    <message>
        <source>Calendar (.ics)</source>
        <translation>Calendario (.ics)</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>No se escribió nada.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) in {folder}.</source>
        <translation>
            <numerusform>Se escribió %n archivo en {folder}.</numerusform>
            <numerusform>Se escribieron %n archivos en {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formatos</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>You can go on working: close this and the export goes on, shown in the status bar.</source>
        <translation>Puede seguir trabajando: cierre esto y la exportación continúa, visible en la barra de estado.</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Cancelar la exportación</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Abrir la carpeta</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Export into</source>
        <translation>Exportar en</translation>
    </message>
    <message>
        <source>tick at least one format</source>
        <translation>marque al menos un formato</translation>
    </message>
    <message>
        <source>choose the folder to export into</source>
        <translation>elija la carpeta de exportación</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder</source>
        <translation>{folder} es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>The export goes on; the status bar shows it</source>
        <translation>La exportación continúa; la barra de estado la muestra</translation>
    </message>
    <message>
        <source>Cancelling… nothing of this export will be written.</source>
        <translation>Cancelando… no se escribirá nada de esta exportación.</translation>
    </message>
    <message>
        <source>Writing {name} ({n} of {count})…</source>
        <translation>Escribiendo {name} ({n} de {count})…</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Escribiendo {name}…</translation>
    </message>
    <message>
        <source>Export again</source>
        <translation>Exportar de nuevo</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Exportación cancelada: no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Nothing was written: {problem}</source>
        <translation>No se escribió nada: {problem}</translation>
    </message>
</context>
<context>
    <name>DIALOGS_HISTORY</name>
    <message>
        <source>action plans</source>
        <translation>planes de acción</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>acciones</translation>
    </message>
    <message>
        <source>agenda approvals</source>
        <translation>aprobaciones del orden del día</translation>
    </message>
    <message>
        <source>agenda items</source>
        <translation>puntos del orden del día</translation>
    </message>
    <message>
        <source>agenda revisions</source>
        <translation>revisiones del orden del día</translation>
    </message>
    <message>
        <source>amendments</source>
        <translation>enmiendas</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>asistencia</translation>
    </message>
    <message>
        <source>breaches</source>
        <translation>incumplimientos</translation>
    </message>
    <message>
        <source>breakout points</source>
        <translation>puntos de los subgrupos</translation>
    </message>
    <message>
        <source>breakouts</source>
        <translation>subgrupos</translation>
    </message>
    <message>
        <source>candidates</source>
        <translation>candidaturas</translation>
    </message>
    <message>
        <source>consultations</source>
        <translation>consultas</translation>
    </message>
    <message>
        <source>contribution attachments</source>
        <translation>adjuntos de las contribuciones</translation>
    </message>
    <message>
        <source>contribution links</source>
        <translation>vínculos entre contribuciones</translation>
    </message>
    <message>
        <source>contributions</source>
        <translation>contribuciones</translation>
    </message>
    <message>
        <source>decisions</source>
        <translation>decisiones</translation>
    </message>
    <message>
        <source>declarations</source>
        <translation>declaraciones</translation>
    </message>
    <message>
        <source>ethics signatures</source>
        <translation>firmas de la declaración de ética</translation>
    </message>
    <message>
        <source>ethics statements</source>
        <translation>declaraciones de ética</translation>
    </message>
    <message>
        <source>forum</source>
        <translation>foro</translation>
    </message>
    <message>
        <source>holidays</source>
        <translation>días festivos</translation>
    </message>
    <message>
        <source>import mappings</source>
        <translation>correspondencias de importación</translation>
    </message>
    <message>
        <source>interests</source>
        <translation>intereses</translation>
    </message>
    <message>
        <source>item declarations</source>
        <translation>declaraciones sobre los puntos</translation>
    </message>
    <message>
        <source>item minutes</source>
        <translation>acta de los puntos</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>reuniones</translation>
    </message>
    <message>
        <source>members</source>
        <translation>miembros</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>actas</translation>
    </message>
    <message>
        <source>outreach activities</source>
        <translation>actividades de difusión</translation>
    </message>
    <message>
        <source>paper versions</source>
        <translation>versiones de los documentos</translation>
    </message>
    <message>
        <source>papers</source>
        <translation>documentos</translation>
    </message>
    <message>
        <source>process documents</source>
        <translation>documentos del proceso</translation>
    </message>
    <message>
        <source>repository exports</source>
        <translation>exportaciones del repositorio</translation>
    </message>
    <message>
        <source>response reasons</source>
        <translation>motivos de respuesta</translation>
    </message>
    <message>
        <source>selection rounds</source>
        <translation>procesos de selección</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>ajustes</translation>
    </message>
    <message>
        <source>standing items</source>
        <translation>puntos permanentes</translation>
    </message>
    <message>
        <source>theme summaries</source>
        <translation>resúmenes por tema</translation>
    </message>
    <message>
        <source>trash</source>
        <translation>papelera</translation>
    </message>
    <message>
        <source>Undid: {what}</source>
        <translation>Deshecho: {what}</translation>
    </message>
    <message>
        <source>Redid: {what}</source>
        <translation>Rehecho: {what}</translation>
    </message>
    <message>
        <source>Changed the forum</source>
        <translation>Cambio en el foro</translation>
    </message>
    <message numerus="yes">
        <source>%n in {records}</source>
        <translation>
            <numerusform>%n en {records}</numerusform>
            <numerusform>%n en {records}</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed records: {list}</source>
        <translation>Registros modificados: {list}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computadora</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>History of {name}</source>
        <translation>Historial de {name}</translation>
    </message>
    <message>
        <source>Filter: a name, a computer, a word of what was done, a date (e.g. Mar 2026)</source>
        <translation>Filtro: un nombre, una computadora, una palabra de lo hecho, una fecha (p. ej., mar 2026)</translation>
    </message>
    <message>
        <source>Every change made in this forum, through the window, the command line or an import. The history is for the secretariat: it is never part of a public export.</source>
        <translation>Cada cambio hecho en este foro, desde la ventana, la línea de comandos o una importación. El historial es para la secretaría: nunca forma parte de una exportación pública.</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n change(s)</source>
        <translation>
            <numerusform>{shown} de %n cambio</numerusform>
            <numerusform>{shown} de %n cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DIALOGS_IMPORTS</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n problem(s): nothing will be imported.&lt;/b&gt; Correct the file (or the column matching) and try again.</source>
        <translation>
            <numerusform>&lt;b&gt;%n problema: no se importará nada.&lt;/b&gt; Corrija el archivo (o la correspondencia de columnas) e inténtelo de nuevo.</numerusform>
            <numerusform>&lt;b&gt;%n problemas: no se importará nada.&lt;/b&gt; Corrija el archivo (o la correspondencia de columnas) e inténtelo de nuevo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The first %n row(s) as they will be stored&lt;/b&gt; (hover a cell for all of it):</source>
        <translation>
            <numerusform>&lt;b&gt;La primera fila tal como se guardará&lt;/b&gt; (pase el cursor sobre una celda para verla entera):</numerusform>
            <numerusform>&lt;b&gt;Las primeras %n filas tal como se guardarán&lt;/b&gt; (pase el cursor sobre una celda para verla entera):</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns left unused: {columns}</source>
        <translation>Columnas sin usar: {columns}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Match the columns…</source>
        <translation>Hacer corresponder las columnas…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>DIALOGS_MAIL</name>
    <message>
        <source>E-mail drafts</source>
        <translation>Borradores de correo</translation>
    </message>
    <message>
        <source>Written in {folder}:</source>
        <translation>Escritos en {folder}:</translation>
    </message>
    <message>
        <source>Open in mail client</source>
        <translation>Abrir en el cliente de correo</translation>
    </message>
    <message>
        <source>With: {files}</source>
        <translation>Con: {files}</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Abrir la carpeta</translation>
    </message>
    <message>
        <source>Opened {name}: check it and press Send in your mail client.</source>
        <translation>Se abrió {name}: revíselo y pulse Enviar en su cliente de correo.</translation>
    </message>
    <message>
        <source>No program on this computer opens e-mail files (.eml). Open {name} from your mail client, or attach the files to a new message.</source>
        <translation>Ningún programa de esta computadora abre archivos de correo (.eml). Abra {name} desde su cliente de correo, o adjunte los archivos a un mensaje nuevo.</translation>
    </message>
    <message>
        <source>Write the e-mail draft into…</source>
        <translation>Escribir el borrador de correo en…</translation>
    </message>
    <message numerus="yes">
        <source>To sign the ethics statement: %n member(s) in Bcc.</source>
        <translation>
            <numerusform>Para firmar la declaración de ética: %n miembro en CCO.</numerusform>
            <numerusform>Para firmar la declaración de ética: %n miembros en CCO.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To declare their interests: %n member(s) in Bcc.</source>
        <translation>
            <numerusform>Para declarar sus intereses: %n miembro en CCO.</numerusform>
            <numerusform>Para declarar sus intereses: %n miembros en CCO.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) in Bcc; the draft minutes (PDF and Word) attached.</source>
        <translation>
            <numerusform>%n miembro en CCO; el borrador del acta (PDF y Word) adjunto.</numerusform>
            <numerusform>%n miembros en CCO; el borrador del acta (PDF y Word) adjunto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) in Bcc; the invitation (.ics) and the members&apos; pack attached.</source>
        <translation>
            <numerusform>%n miembro en CCO; la invitación (.ics) y la documentación para los miembros adjuntas.</numerusform>
            <numerusform>%n miembros en CCO; la invitación (.ics) y la documentación para los miembros adjuntas.</numerusform>
        </translation>
    </message>
    <message>
        <source>To sign, with no e-mail address ({n}): {names}.</source>
        <translation>Para firmar, sin dirección de correo ({n}): {names}.</translation>
    </message>
    <message>
        <source>To declare, with no e-mail address ({n}): {names}.</source>
        <translation>Para declarar, sin dirección de correo ({n}): {names}.</translation>
    </message>
    <message>
        <source>No e-mail address ({n}), to be sent the minutes by other means: {names}.</source>
        <translation>Sin dirección de correo ({n}), a quienes enviar el acta por otros medios: {names}.</translation>
    </message>
    <message>
        <source>No e-mail address ({n}), to be sent the notice by other means: {names}.</source>
        <translation>Sin dirección de correo ({n}), a quienes enviar la convocatoria por otros medios: {names}.</translation>
    </message>
    <message>
        <source>No e-mail draft: none of the members has an e-mail address. The notice (.txt) and the invitation (.ics) are written.</source>
        <translation>Sin borrador de correo: ningún miembro tiene dirección de correo. Se escriben la convocatoria (.txt) y la invitación (.ics).</translation>
    </message>
</context>
<context>
    <name>DIALOGS_MEETINGS</name>
    <message>
        <source>Edit meeting</source>
        <translation>Editar la reunión</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nueva reunión</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Offer remote participation</source>
        <translation>Ofrecer participación a distancia</translation>
    </message>
    <message>
        <source>Link or dial-in instructions (members only)</source>
        <translation>Enlace o instrucciones de conexión (solo miembros)</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Aún no decidido</translation>
    </message>
    <message>
        <source>Member {chair_id}</source>
        <translation>Miembro {chair_id}</translation>
    </message>
    <message>
        <source>Public: on the public calendar and packs</source>
        <translation>Pública: en el calendario público y en los paquetes</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>The forum&apos;s zone is {zone}; type part of a name to find another.</source>
        <translation>La zona horaria del foro es {zone}; escriba parte de un nombre para encontrar otra.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Remote details</source>
        <translation>Participación a distancia</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Presidencia</translation>
    </message>
    <message>
        <source>{verb} meeting</source>
        <translation>{verb} la reunión</translation>
    </message>
    <message>
        <source>{verb} “{title}” ({day}). Members and the public see the reason.</source>
        <translation>{verb} «{title}» ({day}). Los miembros y el público ven el motivo.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Say why, in a sentence: members and the public will read it.</source>
        <translation>Diga por qué, en una frase: los miembros y el público lo leerán.</translation>
    </message>
    <message>
        <source>Edit agenda item</source>
        <translation>Editar el punto del orden del día</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Nuevo punto del orden del día</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>e.g. budget; procurement</source>
        <translation>p. ej., presupuesto; contratación pública</translation>
    </message>
    <message>
        <source>Organisations concerned, separated by ;</source>
        <translation>Organizaciones afectadas, separadas por ;</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Presented by</source>
        <translation>Presentado por</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Antecedentes</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Draft decision</source>
        <translation>Proyecto de decisión</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Forum meeting</source>
        <translation>Reunión del foro</translation>
    </message>
    <message>
        <source>The co-chairs may alternate meeting by meeting.</source>
        <translation>Los copresidentes pueden alternarse de una reunión a otra.</translation>
    </message>
    <message>
        <source>a meeting needs a date</source>
        <translation>una reunión necesita una fecha</translation>
    </message>
    <message>
        <source>a meeting needs a title</source>
        <translation>una reunión necesita un título</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Postpone</source>
        <translation>Aplazar</translation>
    </message>
    <message>
        <source>One question for the forum per line.</source>
        <translation>Una pregunta para el foro por línea.</translation>
    </message>
    <message>
        <source>Topics and organisations help find conflicts of interest.</source>
        <translation>Los temas y las organizaciones ayudan a detectar conflictos de intereses.</translation>
    </message>
    <message>
        <source>Approve the agenda</source>
        <translation>Aprobar el orden del día</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nadie todavía</translation>
    </message>
    <message>
        <source>Both co-chairs approve the agenda.</source>
        <translation>Ambos copresidentes aprueban el orden del día.</translation>
    </message>
    <message>
        <source>One co-chair approves the agenda.</source>
        <translation>Un copresidente aprueba el orden del día.</translation>
    </message>
    <message>
        <source>{rule}
Approved so far by: {done}.</source>
        <translation>{rule}
Aprobado hasta ahora por: {done}.</translation>
    </message>
    <message>
        <source>Co-chair</source>
        <translation>Copresidente</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Aprobado el</translation>
    </message>
    <message>
        <source>Record approval</source>
        <translation>Registrar la aprobación</translation>
    </message>
    <message>
        <source>Give the date of the approval.</source>
        <translation>Indique la fecha de la aprobación.</translation>
    </message>
    <message>
        <source>There is no serving co-chair to approve the agenda.</source>
        <translation>No hay ningún copresidente en funciones que apruebe el orden del día.</translation>
    </message>
    <message>
        <source>Notice to members</source>
        <translation>Convocatoria a los miembros</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copiar el texto</translation>
    </message>
    <message>
        <source>Save invitation (.ics)…</source>
        <translation>Guardar la invitación (.ics)…</translation>
    </message>
    <message>
        <source>E-mail draft (.eml)…</source>
        <translation>Borrador de correo (.eml)…</translation>
    </message>
    <message>
        <source>Write the notice as an e-mail draft to members (Bcc), with the invitation and the members&apos; pack attached, and open it in your mail client</source>
        <translation>Escribir la convocatoria como borrador de correo a los miembros (CCO), con la invitación y el paquete para miembros adjuntos, y abrirlo en su cliente de correo</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Enviada el</translation>
    </message>
    <message>
        <source>Record as sent</source>
        <translation>Registrar como enviada</translation>
    </message>
    <message>
        <source>Save the invitation</source>
        <translation>Guardar la invitación</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Copy an agenda</source>
        <translation>Copiar un orden del día</translation>
    </message>
    <message>
        <source>Copy the items (not the papers) of an earlier meeting:</source>
        <translation>Copiar los puntos (no los documentos) de una reunión anterior:</translation>
    </message>
    <message>
        <source>Replace this agenda</source>
        <translation>Sustituir este orden del día</translation>
    </message>
    <message>
        <source>Add after the current items</source>
        <translation>Añadir tras los puntos actuales</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
</context>
<context>
    <name>DIALOGS_MEMBERS</name>
    <message>
        <source>Edit {name}</source>
        <translation>Editar {name}</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Añadir un miembro</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Forzar</translation>
    </message>
    <message>
        <source>The side follows the sector; tick to set it by hand.</source>
        <translation>El sector determina la parte; marque para fijarla a mano.</translation>
    </message>
    <message>
        <source>Votes in the forum&apos;s decisions</source>
        <translation>Vota en las decisiones del foro</translation>
    </message>
    <message>
        <source>Has decision-making authority (e.g. minister&apos;s point of contact)</source>
        <translation>Tiene poder de decisión (p. ej., punto de contacto del ministro)</translation>
    </message>
    <message>
        <source>e.g. Appointed by the Minister of Justice</source>
        <translation>p. ej., Designado por el Ministro de Justicia</translation>
    </message>
    <message>
        <source>Agrees to have their name published</source>
        <translation>Acepta que se publique su nombre</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>(choose the seat holder)</source>
        <translation>(elija el titular del puesto)</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organización</translation>
    </message>
    <message>
        <source>S&amp;ector</source>
        <translation>S&amp;ector</translation>
    </message>
    <message>
        <source>Si&amp;de</source>
        <translation>&amp;Parte</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Función</translation>
    </message>
    <message>
        <source>Alternate &amp;for</source>
        <translation>Suplente &amp;de</translation>
    </message>
    <message>
        <source>Term and status</source>
        <translation>Mandato y estado</translation>
    </message>
    <message>
        <source>Term &amp;start</source>
        <translation>&amp;Inicio del mandato</translation>
    </message>
    <message>
        <source>Term en&amp;d</source>
        <translation>&amp;Fin del mandato</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Est&amp;ado</translation>
    </message>
    <message>
        <source>Status &amp;date</source>
        <translation>Fecha del es&amp;tado</translation>
    </message>
    <message>
        <source>The day they left, for a member who resigned or was removed.</source>
        <translation>El día en que salió, para un miembro que renunció o fue separado.</translation>
    </message>
    <message>
        <source>How they were chosen</source>
        <translation>Cómo fue elegido</translation>
    </message>
    <message>
        <source>Selection round</source>
        <translation>Proceso de selección</translation>
    </message>
    <message>
        <source>or appointed by</source>
        <translation>o designado por</translation>
    </message>
    <message>
        <source>Private contact (never published)</source>
        <translation>Contacto privado (nunca se publica)</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>Co&amp;rreo</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>Public profile</source>
        <translation>Perfil público</translation>
    </message>
    <message>
        <source>&amp;Biography</source>
        <translation>&amp;Biografía</translation>
    </message>
    <message numerus="yes">
        <source>Please put right the %n field(s) marked in red.</source>
        <translation>
            <numerusform>Corrija el campo marcado en rojo.</numerusform>
            <numerusform>Corrija los %n campos marcados en rojo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a selection round</source>
        <translation>Añadir un proceso de selección</translation>
    </message>
    <message>
        <source>e.g. Civil society seats — open call 2027</source>
        <translation>p. ej., Puestos de la sociedad civil — convocatoria abierta 2027</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Ambas partes</translation>
    </message>
    <message>
        <source>Where the call was published</source>
        <translation>Dónde se publicó la convocatoria</translation>
    </message>
    <message>
        <source>Who ran the selection</source>
        <translation>Quién dirigió la selección</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Side</source>
        <translation>&amp;Parte</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Método</translation>
    </message>
    <message>
        <source>Call &amp;opened</source>
        <translation>Apertura de la &amp;convocatoria</translation>
    </message>
    <message>
        <source>Call &amp;closed</source>
        <translation>Cierre de la c&amp;onvocatoria</translation>
    </message>
    <message>
        <source>&amp;Advertised in</source>
        <translation>&amp;Publicada en</translation>
    </message>
    <message>
        <source>&amp;Led by</source>
        <translation>&amp;Dirigida por</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>&amp;Resultado</translation>
    </message>
    <message>
        <source>Result &amp;date</source>
        <translation>Fecha del resu&amp;ltado</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
</context>
<context>
    <name>DIALOGS_MINUTES</name>
    <message>
        <source>Add a guest or observer</source>
        <translation>Añadir un invitado u observador</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observador</translation>
    </message>
    <message>
        <source>Secretariat staff</source>
        <translation>Personal de la secretaría</translation>
    </message>
    <message>
        <source>Took part remotely</source>
        <translation>Participó a distancia</translation>
    </message>
    <message>
        <source>Name may appear in the public minutes</source>
        <translation>El nombre puede figurar en el acta pública</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Attending as</source>
        <translation>Asiste como</translation>
    </message>
    <message>
        <source>Untick when the person asked not to be named: the public version then shows only the organisation.</source>
        <translation>Desmarque si la persona pidió no ser nombrada: la versión pública muestra entonces solo la organización.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>give the guest&apos;s name or organisation</source>
        <translation>indique el nombre o la organización del invitado</translation>
    </message>
    <message>
        <source>Change the action</source>
        <translation>Cambiar la acción</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Añadir una acción</translation>
    </message>
    <message>
        <source>(the meeting as a whole)</source>
        <translation>(la reunión en su conjunto)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>From item</source>
        <translation>Del punto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>These minutes are approved: only the status can change.</source>
        <translation>Esta acta está aprobada: solo puede cambiar el estado.</translation>
    </message>
    <message>
        <source>Record a declaration</source>
        <translation>Registrar una declaración</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>A recused member is left out of the count for this item&apos;s decisions.</source>
        <translation>Un miembro que se abstiene por conflicto no se cuenta en las decisiones de este punto.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>choose the member</source>
        <translation>elija el miembro</translation>
    </message>
    <message>
        <source>Approve the minutes</source>
        <translation>Aprobar el acta</translation>
    </message>
    <message>
        <source>Approved at</source>
        <translation>Aprobada en</translation>
    </message>
    <message>
        <source>On</source>
        <translation>El</translation>
    </message>
    <message>
        <source>The date of that meeting, unless it was later.</source>
        <translation>La fecha de esa reunión, salvo que fuera posterior.</translation>
    </message>
    <message>
        <source>Once approved, the minutes are locked: nothing in them can change. A correction is then a dated amendment. This cannot be undone.</source>
        <translation>Una vez aprobada, el acta queda bloqueada: nada en ella puede cambiar. Una corrección es entonces una enmienda fechada. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>No forum meeting after this one is recorded as held on or before today. Minutes are approved at a regular or extraordinary meeting that has taken place: record it as held on the Meetings page first.</source>
        <translation>No hay ninguna reunión del foro posterior a esta registrada como celebrada hasta hoy. El acta se aprueba en una reunión ordinaria o extraordinaria que ya se celebró: regístrela primero como celebrada en la página Reuniones.</translation>
    </message>
    <message>
        <source>Not ready yet:</source>
        <translation>Aún no está lista:</translation>
    </message>
    <message>
        <source>Approve and lock</source>
        <translation>Aprobar y bloquear</translation>
    </message>
    <message>
        <source>choose the meeting at which the forum approved them</source>
        <translation>elija la reunión en la que el foro la aprobó</translation>
    </message>
    <message>
        <source>Record an amendment</source>
        <translation>Registrar una enmienda</translation>
    </message>
    <message>
        <source>(not yet agreed at a meeting)</source>
        <translation>(aún no acordada en una reunión)</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Fechada el</translation>
    </message>
    <message>
        <source>Agreed at</source>
        <translation>Acordada en</translation>
    </message>
    <message>
        <source>write the correction</source>
        <translation>escriba la corrección</translation>
    </message>
</context>
<context>
    <name>DIALOGS_PAPERS</name>
    <message>
        <source>Edit paper</source>
        <translation>Editar el documento</translation>
    </message>
    <message>
        <source>Add a paper</source>
        <translation>Añadir un documento</translation>
    </message>
    <message>
        <source>No item (general paper)</source>
        <translation>Sin punto (documento general)</translation>
    </message>
    <message>
        <source>No file</source>
        <translation>Sin archivo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>https://… or a citation</source>
        <translation>https://… o una referencia</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Punto del orden del día</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Difusión</translation>
    </message>
    <message>
        <source>Withheld and confidential papers are listed in the public pack without content.</source>
        <translation>Los documentos reservados y confidenciales se listan en el paquete público sin su contenido.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Copied into the forum&apos;s storage (at most 200 MB).</source>
        <translation>Copiado en el almacenamiento del foro (200 MB como máximo).</translation>
    </message>
    <message>
        <source>Stored; SHA-256 {sha256}…</source>
        <translation>Guardado; SHA-256 {sha256}…</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Printed in the members&apos; pack annex.</source>
        <translation>Se imprime en el anexo del paquete para miembros.</translation>
    </message>
    <message>
        <source>Choose the paper&apos;s file</source>
        <translation>Elegir el archivo del documento</translation>
    </message>
    <message>
        <source>there is no file at {typed}</source>
        <translation>no hay ningún archivo en {typed}</translation>
    </message>
    <message>
        <source>{name} is {size_text}; papers can be at most 200 MB: give a link as the reference instead</source>
        <translation>{name} ocupa {size_text}; un documento puede tener como máximo 200 MB: indique un enlace como referencia</translation>
    </message>
    <message>
        <source>attach a file or give a reference (a link or citation)</source>
        <translation>adjunte un archivo o indique una referencia (un enlace o una cita)</translation>
    </message>
</context>
<context>
    <name>DIALOGS_PLANNING</name>
    <message>
        <source>Plan a year of meetings</source>
        <translation>Planificar un año de reuniones</translation>
    </message>
    <message>
        <source>The forum meets {frequency}. The planner proposes forum meetings on the weekday and at the times you choose, away from public holidays and the first working days of January, so that no gap is longer than that.</source>
        <translation>El foro se reúne {frequency}. El planificador propone reuniones del foro el día de la semana y a las horas que usted elija, fuera de los días festivos y de los primeros días hábiles de enero, para que ningún intervalo sea más largo.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Viernes</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Preferred day</source>
        <translation>Día preferido</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>to</source>
        <comment>from … to … (times)</comment>
        <translation>a</translation>
    </message>
    <message>
        <source>Mark as holiday</source>
        <translation>Marcar como feriado</translation>
    </message>
    <message>
        <source>Avoid this date too:</source>
        <translation>Evitar también esta fecha:</translation>
    </message>
    <message>
        <source>Its name, e.g. Labour Day</source>
        <translation>Su nombre, p. ej. Día del Trabajo</translation>
    </message>
    <message>
        <source>Add to the forum&apos;s holidays</source>
        <translation>Añadir a los feriados del foro</translation>
    </message>
    <message>
        <source>Keep the days avoided for this plan as the forum&apos;s holidays: every plan avoids them and answers do not fall due on them. They are listed on the Forum page; Undo takes them back.</source>
        <translation>Conservar los días evitados en este plan como feriados del foro: todos los planes los evitarán y ninguna respuesta vencerá en ellos. Figuran en la página Foro; Deshacer los retira.</translation>
    </message>
    <message>
        <source>Create the kept meetings</source>
        <translation>Crear las reuniones conservadas</translation>
    </message>
    <message>
        <source>Propose again</source>
        <translation>Volver a proponer</translation>
    </message>
    <message>
        <source>Type the date to avoid, as {format}, or pick it from the calendar.</source>
        <translation>Escriba la fecha que se debe evitar, como {format}, o elíjala en el calendario.</translation>
    </message>
    <message>
        <source>Avoiding: {days}</source>
        <translation>Se evitan: {days}</translation>
    </message>
    <message>
        <source>Added to the forum&apos;s holidays (Forum page): {days}. Undo (Ctrl+Z) takes them back.</source>
        <translation>Añadidos a los feriados del foro (página Foro): {days}. Deshacer (Ctrl+Z) los retira.</translation>
    </message>
    <message>
        <source>Row {row}: &apos;{text}&apos; is not a date; write it as {format} or YYYY-MM-DD.</source>
        <translation>Fila {row}: «{text}» no es una fecha; escríbala como {format} o AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Row {row}: {day} is a {weekday}.</source>
        <translation>Fila {row}: el {day} es {weekday}.</translation>
    </message>
    <message>
        <source>Nothing to propose: every period of the year already has a forum meeting, or the year is past.</source>
        <translation>Nada que proponer: cada período del año ya tiene una reunión del foro, o el año ya pasó.</translation>
    </message>
    <message numerus="yes">
        <source>With these meetings, no gap around {year} is longer than %n month(s).</source>
        <translation>
            <numerusform>Con estas reuniones, ningún intervalo en torno a {year} supera %n mes.</numerusform>
            <numerusform>Con estas reuniones, ningún intervalo en torno a {year} supera %n meses.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DIALOGS_RESPONSES</name>
    <message>
        <source>Answer contribution no. {id}</source>
        <translation>Responder a la contribución n.º {id}</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Particular</translation>
    </message>
    <message>
        <source> — &lt;span style=&apos;color:#c62828&apos;&gt;overdue&lt;/span&gt;</source>
        <translation> — &lt;span style=&apos;color:#c62828&apos;&gt;vencida&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Choose an outcome…</source>
        <translation>Elija un resultado…</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Why: in words the contributor will understand</source>
        <translation>Por qué: en palabras que la persona que contribuyó entienda</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decidido por</translation>
    </message>
    <message>
        <source>e.g. The forum; the secretariat with the co-chairs</source>
        <translation>p. ej., El foro; la secretaría con los copresidentes</translation>
    </message>
    <message>
        <source>No meeting</source>
        <translation>Ninguna reunión</translation>
    </message>
    <message>
        <source>At the meeting</source>
        <translation>En la reunión</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Respondida el</translation>
    </message>
    <message>
        <source>&lt;b&gt;No. {id}&lt;/b&gt; · received {received_on} by {channel_label} · from {who}</source>
        <translation>&lt;b&gt;N.º {id}&lt;/b&gt; · recibida el {received_on} por {channel_label} · de {who}</translation>
    </message>
    <message>
        <source>&lt;br&gt;Due {due_on}</source>
        <translation>&lt;br&gt;Plazo {due_on}</translation>
    </message>
    <message>
        <source>{format} (empty: today, {today})</source>
        <translation>{format} (vacío: hoy, {today})</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>The commitment it became or fed into, if any</source>
        <translation>El compromiso en que se convirtió o al que contribuyó, si lo hay</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>Sin vincular</translation>
    </message>
    <message>
        <source>Duplicate of no.</source>
        <translation>Duplicado del n.º</translation>
    </message>
    <message>
        <source>Merged into no.</source>
        <translation>Fusionada en el n.º</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vínculo</translation>
    </message>
    <message>
        <source>Save answer</source>
        <translation>Guardar la respuesta</translation>
    </message>
    <message>
        <source>No recorded decision</source>
        <translation>Sin decisión registrada</translation>
    </message>
    <message>
        <source>Optional while the contribution is under consideration; it stays open and keeps counting towards its due date.</source>
        <translation>Opcional mientras la contribución está en estudio; sigue abierta y su plazo sigue corriendo.</translation>
    </message>
    <message>
        <source>Required: every outcome but &apos;under consideration&apos; needs a reason.</source>
        <translation>Obligatorio: todo resultado salvo «en estudio» necesita un motivo.</translation>
    </message>
    <message>
        <source>choose an outcome</source>
        <translation>elija un resultado</translation>
    </message>
    <message>
        <source>New consultation</source>
        <translation>Nueva consulta</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Editar {name}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>e.g. Draft commitments</source>
        <translation>p. ej., Proyectos de compromisos</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Se abre</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Se cierra</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>Draft concerned</source>
        <translation>Proyecto en consulta</translation>
    </message>
    <message>
        <source>The document people comment on, e.g. Draft Action Plan v2</source>
        <translation>El documento que se comenta, p. ej., Proyecto de Plan de Acción v2</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— no importada —</translation>
    </message>
    <message>
        <source>These columns were mapped the last time a file with the same columns was imported.</source>
        <translation>Estas columnas se hicieron corresponder la última vez que se importó un archivo con las mismas columnas.</translation>
    </message>
    <message>
        <source>MSF Desk recognised the columns it could. Check them and map the others.</source>
        <translation>MSF Desk reconoció las columnas que pudo. Revíselas y haga corresponder las demás.</translation>
    </message>
    <message>
        <source>MSF Desk does not recognise this layout with certainty, so it proposes the matching below: check every column (the text is required) before the rows are checked again.</source>
        <translation>MSF Desk no reconoce este formato con certeza, así que propone la correspondencia de abajo: revise cada columna (el texto es obligatorio) antes de que se vuelvan a comprobar las filas.</translation>
    </message>
    <message>
        <source>Import contributions: match the columns</source>
        <translation>Importar contribuciones: hacer corresponder las columnas</translation>
    </message>
    <message>
        <source>Importing into &lt;b&gt;{consultation}&lt;/b&gt;. </source>
        <translation>Importando en &lt;b&gt;{consultation}&lt;/b&gt;. </translation>
    </message>
    <message>
        <source>Say what each column of the file holds. The contribution text is required; every other field is optional.&lt;br&gt;</source>
        <translation>Indique qué contiene cada columna del archivo. El texto de la contribución es obligatorio; los demás campos son opcionales.&lt;br&gt;</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Field in MSF Desk</source>
        <translation>Campo en MSF Desk</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Primeros valores</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>Comprobar las filas</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>el archivo</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message numerus="yes">
        <source>{source} has %n problem(s), so nothing was imported. </source>
        <translation>
            <numerusform>{source} tiene %n problema, así que no se importó nada. </numerusform>
            <numerusform>{source} tiene %n problemas, así que no se importó nada. </numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the file (or the column matching) and import it again.</source>
        <translation>Corrija el archivo (o la correspondencia de columnas) e impórtelo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>Answer %n contribution(s) at once</source>
        <translation>
            <numerusform>Responder a %n contribución a la vez</numerusform>
            <numerusform>Responder a %n contribuciones a la vez</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One answer for &lt;b&gt;%n&lt;/b&gt; contribution(s): {what}. Each keeps its own record; Edit ▸ Undo gives each back the answer it had.</source>
        <translation>
            <numerusform>Una respuesta para &lt;b&gt;%n&lt;/b&gt; contribución: {what}. Cada una conserva su propio registro; Edición ▸ Deshacer devuelve a cada una la respuesta que tenía.</numerusform>
            <numerusform>Una respuesta para &lt;b&gt;%n&lt;/b&gt; contribuciones: {what}. Cada una conserva su propio registro; Edición ▸ Deshacer devuelve a cada una la respuesta que tenía.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an outcome</source>
        <translation>Elija un resultado</translation>
    </message>
    <message>
        <source>Why, in words the contributors will understand (reasons given before are in the list)</source>
        <translation>Por qué, en palabras que quienes contribuyeron entiendan (los motivos ya dados están en la lista)</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Decidido en</translation>
    </message>
    <message>
        <source>Answer {count}</source>
        <translation>Responder ({count})</translation>
    </message>
    <message>
        <source>New contribution</source>
        <translation>Nueva contribución</translation>
    </message>
    <message>
        <source>Edit contribution no. {id}</source>
        <translation>Editar la contribución n.º {id}</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Leave empty for an anonymous contribution</source>
        <translation>Deje vacío para una contribución anónima</translation>
    </message>
    <message>
        <source>The contributor agrees to have their name published</source>
        <translation>La persona acepta que se publique su nombre</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Contributor type</source>
        <translation>Tipo de participante</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribución</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Section of the draft</source>
        <translation>Sección del proyecto</translation>
    </message>
    <message>
        <source>e.g. Commitment 3, paragraph 2</source>
        <translation>p. ej., Compromiso 3, párrafo 2</translation>
    </message>
    <message>
        <source>the date is in the future</source>
        <translation>la fecha está en el futuro</translation>
    </message>
</context>
<context>
    <name>DIALOGS_SHORTCUTS</name>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Qué hace</translation>
    </message>
    <message>
        <source>Where it works</source>
        <translation>Dónde funciona</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Find a shortcut (what it does, or its keys)</source>
        <translation>Buscar un atajo (lo que hace o sus teclas)</translation>
    </message>
</context>
<context>
    <name>DIALOGS_STANDARDS</name>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <source>Change the action plan</source>
        <translation>Cambiar el plan de acción</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Co-creation &amp;starts:</source>
        <translation>Inicio de la &amp;cocreación:</translation>
    </message>
    <message>
        <source>Co-creation &amp;ends:</source>
        <translation>Fin de la co&amp;creación:</translation>
    </message>
    <message>
        <source>&amp;Implementation starts:</source>
        <translation>Inicio de la &amp;implementación:</translation>
    </message>
    <message>
        <source>Implementation e&amp;nds:</source>
        <translation>Fin de la imp&amp;lementación:</translation>
    </message>
    <message>
        <source>&amp;Timeline published on:</source>
        <translation>Cronograma &amp;publicado el:</translation>
    </message>
    <message>
        <source>The day co-creation began.</source>
        <translation>El día en que comenzó la cocreación.</translation>
    </message>
    <message>
        <source>The day the plan was submitted.</source>
        <translation>El día en que se presentó el plan.</translation>
    </message>
    <message>
        <source>The day the co-creation timeline went online (due two weeks before co-creation starts).</source>
        <translation>El día en que el cronograma de cocreación se publicó en línea (debido dos semanas antes del inicio de la cocreación).</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>Timeline &amp;address:</source>
        <translation>&amp;Dirección del cronograma:</translation>
    </message>
    <message>
        <source>Give the action plan a name.</source>
        <translation>Dé un nombre al plan de acción.</translation>
    </message>
    <message>
        <source>The timeline address should start with https://.</source>
        <translation>La dirección del cronograma debe empezar por https://.</translation>
    </message>
    <message>
        <source>Outreach activity</source>
        <translation>Actividad de difusión</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Realizada el:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation>&amp;Qué se hizo:</translation>
    </message>
    <message>
        <source>Who was reached, and how (published in the compliance report).</source>
        <translation>A quién se llegó, y cómo (se publica en el informe de cumplimiento).</translation>
    </message>
    <message>
        <source>Give the day the activity took place.</source>
        <translation>Indique el día en que tuvo lugar la actividad.</translation>
    </message>
    <message>
        <source>Describe the activity.</source>
        <translation>Describa la actividad.</translation>
    </message>
    <message>
        <source>Process document</source>
        <translation>Documento del proceso</translation>
    </message>
    <message>
        <source>Change the process document</source>
        <translation>Cambiar el documento del proceso</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>A copy is kept with the forum&apos;s files.</source>
        <translation>Se guarda una copia con los archivos del foro.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>The date the document bears (published, adopted or issued).</source>
        <translation>La fecha que lleva el documento (publicación, adopción o emisión).</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A language tag: en, fr, es, pt-BR …</source>
        <translation>Una etiqueta de idioma: en, fr, es, pt-BR …</translation>
    </message>
    <message>
        <source>&amp;Publish it in the repository</source>
        <translation>&amp;Publicarlo en el repositorio</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>For the secretariat; never published.</source>
        <translation>Para la secretaría; nunca se publica.</translation>
    </message>
    <message>
        <source>Choose the document&apos;s file</source>
        <translation>Elegir el archivo del documento</translation>
    </message>
    <message>
        <source>Choose the document&apos;s file.</source>
        <translation>Elija el archivo del documento.</translation>
    </message>
</context>
<context>
    <name>DIALOGS_TRASH</name>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Emptied after</source>
        <translation>Se vacía después del</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>Members, papers, declarations of interest, consultations and contributions you delete wait here for 30 days, then the trash is emptied. Nothing in the trash is shown on the pages, searched or exported. Restoring puts a record back as it was, with what was deleted with it (Edit ▸ Undo sends it back).</source>
        <translation>Los miembros, documentos, declaraciones de intereses, consultas y contribuciones que elimine esperan aquí 30 días; luego se vacía la papelera. Nada de lo que está en la papelera se muestra en las páginas, se busca ni se exporta. Restaurar devuelve un registro tal como estaba, con lo que se eliminó con él (Edición ▸ Deshacer lo devuelve a la papelera).</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Reading the trash…</source>
        <translation>Leyendo la papelera…</translation>
    </message>
    <message>
        <source>The trash could not be read: the forum file is damaged.</source>
        <translation>No se pudo leer la papelera: el archivo del foro está dañado.</translation>
    </message>
    <message>
        <source>The trash could not be read: {error}</source>
        <translation>No se pudo leer la papelera: {error}</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>No se puede restaurar</translation>
    </message>
</context>
<context>
    <name>ERRORS</name>
    <message>
        <source>Something went wrong that MSF Desk did not expect. Your saved records are safe: every change is saved whole or not at all.

Details for support: {name__}: {exc}</source>
        <translation>Ocurrió algo que MSF Desk no esperaba. Sus registros guardados están a salvo: cada cambio se guarda completo o no se guarda.

Detalles para el soporte: {name__}: {exc}</translation>
    </message>
</context>
<context>
    <name>KEEPER</name>
    <message>
        <source>Saving to the file</source>
        <translation>Guardando en el archivo</translation>
    </message>
    <message>
        <source>Checking the forum</source>
        <translation>Comprobando el foro</translation>
    </message>
    <message>
        <source>The automatic backup</source>
        <translation>La copia de seguridad automática</translation>
    </message>
</context>
<context>
    <name>LOCAL_DATES</name>
    <message>
        <source>DD</source>
        <comment>day, in a date format</comment>
        <translation>DD</translation>
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
        <translation>«{text}» no es una fecha; escríbala como AAAA-MM-DD (p. ej., 2026-03-14).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date; write it as {format} (e.g. {example}) or YYYY-MM-DD (e.g. 2026-03-14).</source>
        <translation>«{text}» no es una fecha; escríbala como {format} (p. ej., {example}) o AAAA-MM-DD (p. ej., 2026-03-14).</translation>
    </message>
</context>
<context>
    <name>MAIN_WINDOW</name>
    <message>
        <source>MSF Desk forum (*.msf *.db *.sqlite);;All files (*)</source>
        <translation>Foro de MSF Desk (*.msf *.db *.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New forum…</source>
        <translation>&amp;Nuevo foro…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Papelera…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>Who changed what, and when</source>
        <translation>Quién cambió qué, y cuándo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Atajos de teclado…</translation>
    </message>
    <message>
        <source>&amp;About MSF Desk</source>
        <translation>&amp;Acerca de MSF Desk</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>&amp;Documents in</source>
        <translation>&amp;Documentos en</translation>
    </message>
    <message>
        <source>Documents will be written in {language}.</source>
        <translation>Los documentos se redactarán en {language}.</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>el idioma del sistema</translation>
    </message>
    <message>
        <source>The window will be in {language} when MSF Desk next starts; close it and open it again to change now.</source>
        <translation>La ventana estará en {language} la próxima vez que se abra MSF Desk; ciérrela y vuelva a abrirla para cambiar ahora.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Open a forum file or create a new one from the File menu.</source>
        <translation>Abra un archivo de foro o cree uno nuevo desde el menú Archivo.</translation>
    </message>
    <message>
        <source>Cannot open the forum</source>
        <translation>No se puede abrir el foro</translation>
    </message>
    <message>
        <source>{file} was left locked by {who} ({since}) when MSF Desk ended without closing it; the lock has been taken over.</source>
        <translation>{file} quedó bloqueado por {who} ({since}) cuando MSF Desk terminó sin cerrarlo; se ha tomado el bloqueo.</translation>
    </message>
    <message>
        <source>{file} is open for editing by {who} ({since}), so it is open read-only here: you can read and export, but not change anything.</source>
        <translation>{file} está abierto para edición por {who} ({since}), así que aquí se abre en modo de solo lectura: puede leer y exportar, pero no cambiar nada.</translation>
    </message>
    <message>
        <source>{file} is open for editing by {who}, so it is open read-only here: you can read and export, but not change anything.</source>
        <translation>{file} está abierto para edición por {who}, así que aquí se abre en modo de solo lectura: puede leer y exportar, pero no cambiar nada.</translation>
    </message>
    <message>
        <source>The forum is in use</source>
        <translation>El foro está en uso</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Abrir en solo lectura</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Try to edit</source>
        <translation>Intentar editar</translation>
    </message>
    <message>
        <source>Open the forum for editing if the other person has closed it</source>
        <translation>Abrir el foro para editarlo si la otra persona lo ha cerrado</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;Solo lectura.&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <source>Still in use: {who} has it open.</source>
        <translation>Sigue en uso: {who} lo tiene abierto.</translation>
    </message>
    <message>
        <source>{file} is open for editing.</source>
        <translation>{file} está abierto para edición.</translation>
    </message>
    <message>
        <source>Work still running</source>
        <translation>Trabajo en curso</translation>
    </message>
    <message>
        <source>{what} is still running. Stop it (nothing of it is written) and close the forum?</source>
        <translation>{what} sigue en curso. ¿Detenerlo (no se escribe nada de ello) y cerrar el foro?</translation>
    </message>
    <message>
        <source>Stop it and close</source>
        <translation>Detener y cerrar</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Seguir trabajando</translation>
    </message>
    <message>
        <source>{what} has changes that are not saved. Save them?</source>
        <translation>{what} tiene cambios sin guardar. ¿Guardarlos?</translation>
    </message>
    <message>
        <source>This page has changes that are not saved. Save them?</source>
        <translation>Esta página tiene cambios sin guardar. ¿Guardarlos?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>New forum</source>
        <translation>Nuevo foro</translation>
    </message>
    <message>
        <source>{path} already exists. Choose another name.</source>
        <translation>{path} ya existe. Elija otro nombre.</translation>
    </message>
    <message>
        <source>Open a forum</source>
        <translation>Abrir un foro</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>Choose a different file from the one that is open.</source>
        <translation>Elija un archivo distinto del que está abierto.</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>No se puede guardar una copia</translation>
    </message>
    <message>
        <source>Saved a copy to {path}</source>
        <translation>Copia guardada en {path}</translation>
    </message>
    <message>
        <source>Backed up to {file}</source>
        <translation>Copia de seguridad en {file}</translation>
    </message>
    <message>
        <source>{what} did not work: {message}</source>
        <translation>{what} no funcionó: {message}</translation>
    </message>
    <message>
        <source>The trash could not be emptied: {error}</source>
        <translation>No se pudo vaciar la papelera: {error}</translation>
    </message>
    <message>
        <source>MSF Desk found damage in {file}. SQLite reports:</source>
        <translation>MSF Desk encontró daños en {file}. SQLite informa:</translation>
    </message>
    <message>
        <source>Records may be missing or wrong, and saving more work into this file is not safe.</source>
        <translation>Puede haber registros ausentes o erróneos, y no es seguro seguir guardando trabajo en este archivo.</translation>
    </message>
    <message>
        <source>The forum could not be shown, and was closed without changes.</source>
        <translation>No se pudo mostrar el foro y se cerró sin cambios.</translation>
    </message>
    <message>
        <source>The forum file is damaged</source>
        <translation>El archivo del foro está dañado</translation>
    </message>
    <message>
        <source>Restore a backup into a new file and carry on in that one. The newest backup: {when} ({kind}).</source>
        <translation>Restaure una copia de seguridad en un archivo nuevo y continúe en ese. La copia más reciente: {when} ({kind}).</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>There is no backup of this forum yet. Save a copy of it as it is (File → Save a copy) and ask for help before changing anything.</source>
        <translation>Todavía no hay ninguna copia de seguridad de este foro. Guarde una copia tal como está (Archivo → Guardar una copia) y pida ayuda antes de cambiar nada.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Open the forum whose backup you want first (File → Open).</source>
        <translation>Abra primero el foro cuya copia de seguridad desea (Archivo → Abrir).</translation>
    </message>
</context>
<context>
    <name>MODELS_ETHICS</name>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Ethics statement</source>
        <translation>Declaración de ética</translation>
    </message>
    <message>
        <source>Declaration of interests</source>
        <translation>Declaración de intereses</translation>
    </message>
    <message>
        <source>To do: {things}</source>
        <translation>Pendiente: {things}</translation>
    </message>
    <message>
        <source>Up to date.</source>
        <translation>Al día.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adoptada</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Firmas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versión {version}</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation> (vigente)</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Firmada el</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Typed confirmation: {confirmation}</source>
        <translation>Confirmación escrita: {confirmation}</translation>
    </message>
    <message>
        <source>Scan stored as {stored_path}
SHA-256 {sha256}</source>
        <translation>Escaneo guardado como {stored_path}
SHA-256 {sha256}</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Hecha el</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibilidad</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>Forum only</source>
        <translation>Solo el foro</translation>
    </message>
    <message>
        <source>Kept within the forum: {reason}</source>
        <translation>Reservado al foro: {reason}</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Notificado</translation>
    </message>
    <message>
        <source>Allegation</source>
        <translation>Denuncia</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Tramitado por</translation>
    </message>
    <message>
        <source>Sanction</source>
        <translation>Sanción</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>member {id}</source>
        <translation>miembro {id}</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Took part in a decision: flagged</source>
        <translation>Participó en una decisión: señalado</translation>
    </message>
    <message>
        <source> (interest kept within the forum)</source>
        <translation> (interés reservado al foro)</translation>
    </message>
    <message>
        <source>Recorded: {note}</source>
        <translation>Registrado: {note}</translation>
    </message>
</context>
<context>
    <name>MODELS_IMPORTS</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Con voto</translation>
    </message>
    <message>
        <source>High level</source>
        <translation>Alto nivel</translation>
    </message>
    <message>
        <source>Term start</source>
        <translation>Inicio del mandato</translation>
    </message>
    <message>
        <source>Term end</source>
        <translation>Fin del mandato</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Contribuyente</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decidido por</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondida</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Votes for</source>
        <translation>Votos a favor</translation>
    </message>
    <message>
        <source>Votes against</source>
        <translation>Votos en contra</translation>
    </message>
    <message>
        <source>Opinions</source>
        <translation>Opiniones</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Contributor type</source>
        <translation>Tipo de contribuyente</translation>
    </message>
    <message>
        <source>Name published</source>
        <translation>Nombre publicado</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Source id</source>
        <translation>Identificador de origen</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Responde a</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>MODELS_MEETINGS</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>Notice due</source>
        <translation>Convocatoria antes del</translation>
    </message>
    <message>
        <source>  (not public)</source>
        <translation>  (no pública)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>
Overdue: the notice deadline has passed.</source>
        <translation>
Vencida: ha pasado el plazo de la convocatoria.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Presented by</source>
        <translation>Presentado por</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>
Runs past the meeting&apos;s end.</source>
        <translation>
Se prolonga más allá del final de la reunión.</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Difusión</translation>
    </message>
    <message>
        <source>File or reference</source>
        <translation>Archivo o referencia</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>versión {version}</translation>
    </message>
    <message>
        <source>tabled</source>
        <translation>presentado en la reunión</translation>
    </message>
    <message>
        <source>Tabled at the meeting</source>
        <translation>Presentado en la reunión</translation>
    </message>
    <message>
        <source>Added {day}</source>
        <translation>Añadido el {day}</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Why this date</source>
        <translation>Por qué esta fecha</translation>
    </message>
</context>
<context>
    <name>MODELS_MEMBERS</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Voto</translation>
    </message>
    <message>
        <source>Term start</source>
        <translation>Inicio del mandato</translation>
    </message>
    <message>
        <source>Term end</source>
        <translation>Fin del mandato</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Alternate for {names}</source>
        <translation>Suplente de {names}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>The term ended on {term_end}: update the status or the term.</source>
        <translation>El mandato terminó el {term_end}: actualice el estado o el mandato.</translation>
    </message>
    <message numerus="yes">
        <source>The term ends on {term_end}, in %n day(s).</source>
        <translation>
            <numerusform>El mandato termina el {term_end}, dentro de %n día.</numerusform>
            <numerusform>El mandato termina el {term_end}, dentro de %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Has not agreed to have their name published.</source>
        <translation>No aceptó que se publique su nombre.</translation>
    </message>
    <message>
        <source>{status_label} on {status_date}</source>
        <translation>{status_label} el {status_date}</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Gov. : non-gov.</source>
        <translation>Gob. : no gob.</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Equilibrio</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Even</source>
        <translation>Parejo</translation>
    </message>
    <message>
        <source>No seats</source>
        <translation>Sin puestos</translation>
    </message>
    <message>
        <source>+{n} government</source>
        <translation>+{n} gubernamental</translation>
    </message>
    <message>
        <source>+{n} non-government</source>
        <translation>+{n} no gubernamental</translation>
    </message>
    <message>
        <source>{name} leaves</source>
        <translation>sale {name}</translation>
    </message>
    <message>
        <source>{name} joins</source>
        <translation>entra {name}</translation>
    </message>
    <message>
        <source>From {on}: {government} government, {non_government} non-government seats.</source>
        <translation>Desde el {on}: {government} puestos de gobierno, {non_government} no gubernamentales.</translation>
    </message>
    <message>
        <source>Leaves: {n}</source>
        <translation>Salen: {n}</translation>
    </message>
    <message>
        <source>Joins: {n}</source>
        <translation>Entran: {n}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Call opened</source>
        <translation>Apertura de la convocatoria</translation>
    </message>
    <message>
        <source>Call closed</source>
        <translation>Cierre de la convocatoria</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidaturas</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Ambas partes</translation>
    </message>
    <message>
        <source>Advertised: {advertised}</source>
        <translation>Publicada en: {advertised}</translation>
    </message>
    <message>
        <source>Led by: {led_by}</source>
        <translation>Dirigida por: {led_by}</translation>
    </message>
    <message>
        <source>Result: {result}</source>
        <translation>Resultado: {result}</translation>
    </message>
    <message numerus="yes">
        <source>(%n vote(s))</source>
        <translation>
            <numerusform>(%n voto)</numerusform>
            <numerusform>(%n votos)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MODELS_MINUTES</name>
    <message>
        <source>In person</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>A distancia</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>Excusado</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Sitting for</source>
        <translation>En lugar de</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observador</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secretaría</translation>
    </message>
    <message>
        <source>Alternate for {name}</source>
        <translation>Suplente de {name}</translation>
    </message>
    <message>
        <source>{presence} — keys: P in person, R remote, A apologies, X absent</source>
        <translation>{presence} — teclas: P presencial, R a distancia, A excusado, X ausente</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message numerus="yes">
        <source> — %n day(s) overdue</source>
        <translation>
            <numerusform> — vencida hace %n día</numerusform>
            <numerusform> — vencida hace %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MODELS_REPOSITORY</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Qué hacer a continuación</translation>
    </message>
</context>
<context>
    <name>MODELS_RESPONSES</name>
    <message>
        <source>Not yet answered</source>
        <translation>Aún sin respuesta</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribución</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondida</translation>
    </message>
    <message>
        <source>No consent to publish the name: the public sees {shown}</source>
        <translation>Sin consentimiento para publicar el nombre: el público ve {shown}</translation>
    </message>
    <message>
        <source>&apos;Individual&apos;</source>
        <translation>«Particular»</translation>
    </message>
    <message>
        <source>Overdue: not answered by its due date</source>
        <translation>Vencida: sin respuesta en su plazo</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Particular</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Incluida</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>Modificada</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionada</translation>
    </message>
    <message>
        <source>Not included</source>
        <translation>No incluida</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Fuera de alcance</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Aplazada</translation>
    </message>
    <message>
        <source>Considering</source>
        <translation>En estudio</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sin responder</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contribuciones</translation>
    </message>
    <message>
        <source>Summary written</source>
        <translation>Resumen redactado</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Sin tema</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>En parte</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Working days late</source>
        <translation>Días hábiles de retraso</translation>
    </message>
</context>
<context>
    <name>MODELS_STANDARDS</name>
    <message>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <source>Co-creation</source>
        <translation>Cocreación</translation>
    </message>
    <message>
        <source>Timeline published</source>
        <translation>Cronograma publicado</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Implementación</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Realizada el</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Qué se hizo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No (forum only)</source>
        <translation>No (solo el foro)</translation>
    </message>
</context>
<context>
    <name>MODELS_TODAY</name>
    <message>
        <source>Notice and pack</source>
        <translation>Convocatoria y documentación</translation>
    </message>
    <message>
        <source>Meeting to record</source>
        <translation>Reunión por registrar</translation>
    </message>
    <message>
        <source>Minutes to circulate</source>
        <translation>Acta por distribuir</translation>
    </message>
    <message>
        <source>Minutes to approve</source>
        <translation>Acta por aprobar</translation>
    </message>
    <message>
        <source>Minutes to publish</source>
        <translation>Acta por publicar</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Declaration of interests</source>
        <translation>Declaración de intereses</translation>
    </message>
    <message>
        <source>Ethics statement</source>
        <translation>Código de ética</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Mandatos</translation>
    </message>
    <message>
        <source>Parity</source>
        <translation>Paridad</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repositorio</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Por hacer</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Atrasado</translation>
    </message>
    <message>
        <source>
Double-click to open the place to act.</source>
        <translation>
Haga doble clic para abrir el lugar donde actuar.</translation>
    </message>
</context>
<context>
    <name>PAGES_AGENDA_EDITOR</name>
    <message>
        <source>Approve…</source>
        <translation>Aprobar…</translation>
    </message>
    <message>
        <source>Notice…</source>
        <translation>Convocatoria…</translation>
    </message>
    <message>
        <source>Export pack…</source>
        <translation>Exportar la documentación…</translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation>Añadir un punto…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the item up (Alt+Up), or drag it</source>
        <translation>Subir el punto (Alt+Arriba), o arrastrarlo</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the item down (Alt+Down), or drag it</source>
        <translation>Bajar el punto (Alt+Abajo), o arrastrarlo</translation>
    </message>
    <message>
        <source>Standing items</source>
        <translation>Puntos permanentes</translation>
    </message>
    <message>
        <source>Add the forum&apos;s standing items (welcome, declarations of interest, previous minutes, matters arising, any other business)</source>
        <translation>Añadir los puntos permanentes del foro (bienvenida, declaraciones de intereses, acta anterior, asuntos derivados, ruegos y preguntas)</translation>
    </message>
    <message>
        <source>Copy from…</source>
        <translation>Copiar de…</translation>
    </message>
    <message>
        <source>Copy the items of an earlier meeting</source>
        <translation>Copiar los puntos de una reunión anterior</translation>
    </message>
    <message>
        <source>Add paper…</source>
        <translation>Añadir un documento…</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:#fde7b0&apos;&gt;&amp;nbsp;Withheld as pre-decision&amp;nbsp;&lt;/span&gt;&amp;nbsp; &lt;span style=&apos;background:#f8c9c4&apos;&gt;&amp;nbsp;Confidential&amp;nbsp;&lt;/span&gt;&amp;nbsp; listed in the public pack without content.</source>
        <translation>&lt;span style=&apos;background:#fde7b0&apos;&gt;&amp;nbsp;Reservado antes de la decisión&amp;nbsp;&lt;/span&gt;&amp;nbsp; &lt;span style=&apos;background:#f8c9c4&apos;&gt;&amp;nbsp;Confidencial&amp;nbsp;&lt;/span&gt;&amp;nbsp; figuran en la documentación pública sin su contenido.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No meeting selected&lt;/h3&gt;Choose a meeting in the list or the calendar, or add one.</source>
        <translation>&lt;h3&gt;Ninguna reunión seleccionada&lt;/h3&gt;Elija una reunión en la lista o el calendario, o añada una.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&apos;color:#8a4b00&apos;&gt;&lt;b&gt;Minutes approved:&lt;/b&gt; this meeting, its agenda and papers are locked as approved. A correction is a dated amendment to the minutes.&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&apos;color:#8a4b00&apos;&gt;&lt;b&gt;Acta aprobada:&lt;/b&gt; esta reunión, su orden del día y sus documentos quedan bloqueados tal como se aprobaron. Una corrección es una enmienda fechada al acta.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agenda sent&lt;/b&gt; with the notice on {agenda_sent_on}.</source>
        <translation>&lt;b&gt;Orden del día enviado&lt;/b&gt; con la convocatoria el {agenda_sent_on}.</translation>
    </message>
    <message>
        <source>Notice (sent)…</source>
        <translation>Convocatoria (enviada)…</translation>
    </message>
    <message>
        <source>, not public</source>
        <translation>, no pública</translation>
    </message>
    <message>
        <source>location to be confirmed</source>
        <translation>lugar por confirmar</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>ofrecida</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>no ofrecida</translation>
    </message>
    <message>
        <source>Remote participation: {remote}</source>
        <translation>Participación a distancia: {remote}</translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>Estado: &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Chair: {chair}</source>
        <translation>Presidencia: {chair}</translation>
    </message>
    <message>
        <source>Papers due {papers_due} · notice due {notice_due}</source>
        <translation>Documentos antes del {papers_due} · convocatoria antes del {notice_due}</translation>
    </message>
    <message>
        <source>Notice sent {notice_sent_on}</source>
        <translation>Convocatoria enviada el {notice_sent_on}</translation>
    </message>
    <message>
        <source>Objective: {objective}</source>
        <translation>Objetivo: {objective}</translation>
    </message>
    <message>
        <source>No items yet: add items, the standing items, or copy an earlier agenda.</source>
        <translation>Todavía no hay puntos: añada puntos, los puntos permanentes o copie un orden del día anterior.</translation>
    </message>
    <message numerus="yes">
        <source>Ends at {end}, %n minute(s) before the meeting&apos;s end.</source>
        <translation>
            <numerusform>Termina a las {end}, %n minuto antes del final de la reunión.</numerusform>
            <numerusform>Termina a las {end}, %n minutos antes del final de la reunión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ends at {end}, on time.</source>
        <translation>Termina a las {end}, a tiempo.</translation>
    </message>
    <message>
        <source>a co-chair</source>
        <translation>una de las copresidencias</translation>
    </message>
    <message>
        <source>&lt;b&gt;Draft agenda&lt;/b&gt;: approved by {done}; waiting for {waiting}.</source>
        <translation>&lt;b&gt;Orden del día en borrador&lt;/b&gt;: aprobado por {done}; a la espera de {waiting}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Draft agenda&lt;/b&gt;: waiting for {waiting}.</source>
        <translation>&lt;b&gt;Orden del día en borrador&lt;/b&gt;: a la espera de {waiting}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agenda sent&lt;/b&gt; with the notice on {agenda_sent_on}. Changes now are listed as dated revisions in the next pack.</source>
        <translation>&lt;b&gt;Orden del día enviado&lt;/b&gt; con la convocatoria el {agenda_sent_on}. Los cambios figuran ahora como revisiones fechadas en la próxima documentación.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agenda approved&lt;/b&gt; by {done}. Ready to send with the notice.</source>
        <translation>&lt;b&gt;Orden del día aprobado&lt;/b&gt; por {done}. Listo para enviar con la convocatoria.</translation>
    </message>
</context>
<context>
    <name>PAGES_BASE</name>
    <message>
        <source>This page could not be read from the forum file: {error}</source>
        <translation>No se pudo leer esta página del archivo del foro: {error}</translation>
    </message>
    <message>
        <source>{what} is still running. Wait until it ends, or cancel it in the status bar, then export again.</source>
        <translation>{what} sigue en curso. Espere a que termine, o cancélelo en la barra de estado, y luego exporte de nuevo.</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Exportación cancelada: no se escribió ningún archivo.</translation>
    </message>
</context>
<context>
    <name>PAGES_ETHICS</name>
    <message>
        <source>Compliance</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <source>Ethics statement</source>
        <translation>Declaración de ética</translation>
    </message>
    <message>
        <source>Declarations</source>
        <translation>Declaraciones</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Incumplimientos</translation>
    </message>
    <message>
        <source>Reading the ethics records…</source>
        <translation>Leyendo los registros de ética…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Only members to remind</source>
        <translation>Solo los miembros por recordar</translation>
    </message>
    <message>
        <source>Copy reminder list</source>
        <translation>Copiar la lista de recordatorios</translation>
    </message>
    <message>
        <source>E-mail reminders…</source>
        <translation>Recordatorios por correo…</translation>
    </message>
    <message>
        <source>Compliance summary…</source>
        <translation>Resumen de cumplimiento…</translation>
    </message>
    <message>
        <source>Register of interests…</source>
        <translation>Registro de intereses…</translation>
    </message>
    <message>
        <source>Declarations due within</source>
        <translation>Declaraciones debidas en</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:#d6efd8&apos;&gt;&amp;nbsp;Green&amp;nbsp;&lt;/span&gt; up to date &amp;nbsp; &lt;span style=&apos;background:#fde7b0&apos;&gt;&amp;nbsp;Amber&amp;nbsp;&lt;/span&gt; to sign or due soon &amp;nbsp; &lt;span style=&apos;background:#f6c1bd&apos;&gt;&amp;nbsp;Red&amp;nbsp;&lt;/span&gt; missing or overdue. Double-click a member to see their declarations.</source>
        <translation>&lt;span style=&apos;background:#d6efd8&apos;&gt;&amp;nbsp;Verde&amp;nbsp;&lt;/span&gt; al día &amp;nbsp; &lt;span style=&apos;background:#fde7b0&apos;&gt;&amp;nbsp;Ámbar&amp;nbsp;&lt;/span&gt; por firmar o próxima a vencer &amp;nbsp; &lt;span style=&apos;background:#f6c1bd&apos;&gt;&amp;nbsp;Rojo&amp;nbsp;&lt;/span&gt; falta o vencida. Haga doble clic en un miembro para ver sus declaraciones.</translation>
    </message>
    <message>
        <source>New version…</source>
        <translation>Nueva versión…</translation>
    </message>
    <message>
        <source>Record a signature…</source>
        <translation>Registrar una firma…</translation>
    </message>
    <message>
        <source>Remove signature…</source>
        <translation>Quitar firma…</translation>
    </message>
    <message>
        <source>For a signature entered by mistake.</source>
        <translation>Para una firma registrada por error.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>Signatures of the chosen version</source>
        <translation>Firmas de la versión elegida</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>New declaration…</source>
        <translation>Nueva declaración…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Declaration form…</source>
        <translation>Formulario de declaración…</translation>
    </message>
    <message>
        <source>A form pre-filled with what is on record, to print and sign.</source>
        <translation>Un formulario con lo que consta en el registro, para imprimir y firmar.</translation>
    </message>
    <message>
        <source>Declarations (newest last)</source>
        <translation>Declaraciones (la más reciente al final)</translation>
    </message>
    <message>
        <source>Interests declared</source>
        <translation>Intereses declarados</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Found by matching the organisations and topics each agenda item names against the interests members have declared (not their seat&apos;s organisation). Recusals, waivers and declarations made at the meeting are recorded in its minutes.</source>
        <translation>Detectados al cruzar las organizaciones y los temas que cita cada punto del orden del día con los intereses que los miembros han declarado (no con la organización de su puesto). Las abstenciones, dispensas y declaraciones hechas en la reunión se registran en su acta.</translation>
    </message>
    <message>
        <source>Record a breach…</source>
        <translation>Registrar un incumplimiento…</translation>
    </message>
    <message>
        <source>Allegations that a member broke the ethics statement, how they were handled and the sanction under the forum&apos;s rules. A removal ends the member&apos;s term.</source>
        <translation>Denuncias de que un miembro incumplió la declaración de ética, cómo se tramitaron y la sanción según las reglas del foro. Una separación pone fin al mandato del miembro.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) to remind.</source>
        <translation>
            <numerusform>%n miembro por recordar.</numerusform>
            <numerusform>%n miembros por recordar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody needs a reminder.</source>
        <translation>Nadie necesita recordatorio.</translation>
    </message>
    <message>
        <source>The forum has not adopted an ethics statement yet. Choose “New version…” to start from MSF Desk&apos;s text.</source>
        <translation>El foro aún no ha adoptado una declaración de ética. Elija «Nueva versión…» para partir del texto de MSF Desk.</translation>
    </message>
    <message>
        <source>Not signed by: {names}.</source>
        <translation>Sin firmar por: {names}.</translation>
    </message>
    <message>
        <source>Remove the declaration of {made_on} made by {member_id}?

Use this for a declaration entered by mistake; a change of interests is a new declaration. It goes to the trash for 30 days (File ▸ Trash…); you can also undo it with Edit ▸ Undo.</source>
        <translation>¿Quitar la declaración del {made_on} hecha por {member_id}?

Úselo para una declaración registrada por error; un cambio de intereses es una nueva declaración. Va a la papelera durante 30 días (Archivo ▸ Papelera…); también puede deshacerlo con Edición ▸ Deshacer.</translation>
    </message>
    <message>
        <source>Ethics reminders, {today}:</source>
        <translation>Recordatorios de ética, {today}:</translation>
    </message>
    <message>
        <source>The public: public interests only, names as the privacy settings allow</source>
        <translation>El público: solo intereses públicos, nombres según la configuración de privacidad</translation>
    </message>
    <message>
        <source>Members of the forum: includes interests kept within the forum</source>
        <translation>Miembros del foro: incluye los intereses reservados al foro</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>No se puede exportar</translation>
    </message>
    <message>
        <source>Writing the {title}…</source>
        <translation>Escribiendo: {title}…</translation>
    </message>
    <message>
        <source>Signed by every member.</source>
        <translation>Firmada por todos los miembros.</translation>
    </message>
    <message>
        <source>No declaration on record: choose “New declaration…”.</source>
        <translation>No consta ninguna declaración: elija «Nueva declaración…».</translation>
    </message>
    <message>
        <source>Nothing to declare.</source>
        <translation>Nada que declarar.</translation>
    </message>
    <message numerus="yes">
        <source>%n interest(s) kept within the forum (never published).</source>
        <translation>
            <numerusform>%n interés reservado al foro (nunca se publica).</numerusform>
            <numerusform>%n intereses reservados al foro (nunca se publican).</numerusform>
        </translation>
    </message>
    <message>
        <source>All these interests appear in the public register.</source>
        <translation>Todos estos intereses aparecen en el registro público.</translation>
    </message>
    <message>
        <source>Cannot adopt the new version</source>
        <translation>No se puede adoptar la nueva versión</translation>
    </message>
    <message>
        <source>Cannot record the signature</source>
        <translation>No se puede registrar la firma</translation>
    </message>
    <message>
        <source>Remove signature</source>
        <translation>Quitar firma</translation>
    </message>
    <message>
        <source>Remove {name}&apos;s signature of version {statement_version}?

Use this for a signature entered by mistake. You can undo it with Edit ▸ Undo.</source>
        <translation>¿Quitar la firma de {name} de la versión {statement_version}?

Úselo para una firma registrada por error. Puede deshacerlo con Edición ▸ Deshacer.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Cannot remove the signature</source>
        <translation>No se puede quitar la firma</translation>
    </message>
    <message>
        <source>Cannot save the declaration</source>
        <translation>No se puede guardar la declaración</translation>
    </message>
    <message>
        <source>Remove declaration</source>
        <translation>Quitar declaración</translation>
    </message>
    <message>
        <source>Cannot remove the declaration</source>
        <translation>No se puede quitar la declaración</translation>
    </message>
    <message>
        <source>Cannot record the breach</source>
        <translation>No se puede registrar el incumplimiento</translation>
    </message>
    <message>
        <source>Cannot save the breach</source>
        <translation>No se puede guardar el incumplimiento</translation>
    </message>
    <message>
        <source>Remove breach</source>
        <translation>Quitar incumplimiento</translation>
    </message>
    <message>
        <source>Remove this entry from the breach register?

Use this for an entry made by mistake; a removal already applied to the member stays (edit the member to reinstate them). You can undo it with Edit ▸ Undo.</source>
        <translation>¿Quitar esta entrada del registro de incumplimientos?

Úselo para una entrada hecha por error; una separación ya aplicada al miembro se mantiene (edite el miembro para restituirlo). Puede deshacerlo con Edición ▸ Deshacer.</translation>
    </message>
    <message>
        <source>Cannot remove the breach</source>
        <translation>No se puede quitar el incumplimiento</translation>
    </message>
    <message>
        <source>E-mail reminders</source>
        <translation>Recordatorios por correo</translation>
    </message>
    <message>
        <source>Writing the reminders…</source>
        <translation>Escribiendo los recordatorios…</translation>
    </message>
    <message numerus="yes">
        <source>Copied the reminder list (%n member(s)).</source>
        <translation>
            <numerusform>Lista de recordatorios copiada (%n miembro).</numerusform>
            <numerusform>Lista de recordatorios copiada (%n miembros).</numerusform>
        </translation>
    </message>
    <message>
        <source>Register of interests</source>
        <translation>Registro de intereses</translation>
    </message>
    <message>
        <source>Ethics compliance summary</source>
        <translation>Resumen de cumplimiento ético</translation>
    </message>
    <message>
        <source>Declaration form</source>
        <translation>Formulario de declaración</translation>
    </message>
    <message>
        <source>Wrote {names} in {parent}</source>
        <translation>Se escribió {names} en {parent}</translation>
    </message>
    <message>
        <source>Nothing written.</source>
        <translation>No se escribió nada.</translation>
    </message>
</context>
<context>
    <name>PAGES_FORUM</name>
    <message>
        <source>The forum profile</source>
        <translation>El perfil del foro</translation>
    </message>
    <message>
        <source>Both sides must be present</source>
        <translation>Ambas partes deben estar presentes</translation>
    </message>
    <message>
        <source>Both co-chairs approve agendas and minutes</source>
        <translation>Ambos copresidentes aprueban órdenes del día y actas</translation>
    </message>
    <message>
        <source>The Action Plan is being developed (meet monthly)</source>
        <translation>El Plan de Acción está en elaboración (reunión mensual)</translation>
    </message>
    <message>
        <source>Publish members&apos; names (otherwise organisations only)</source>
        <translation>Publicar los nombres de los miembros (si no, solo organizaciones)</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> días hábiles</translation>
    </message>
    <message>
        <source>e.g. 2/3 or 6</source>
        <translation>p. ej., 2/3 o 6</translation>
    </message>
    <message>
        <source>Optional: the rule in your own words, published as written</source>
        <translation>Opcional: la regla en sus propias palabras, publicada tal cual</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nombre@ejemplo.org</translation>
    </message>
    <message>
        <source>The city or region a local forum serves</source>
        <translation>La ciudad o región a la que sirve un foro local</translation>
    </message>
    <message>
        <source>e.g. en, fr</source>
        <translation>p. ej., en, fr</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdicción</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Document languages</source>
        <translation>Idiomas de los documentos</translation>
    </message>
    <message>
        <source>The languages its documents are written in (en, fr, es, ar), first the default for exports.</source>
        <translation>Los idiomas de sus documentos (en, fr, es, ar); el primero es el predeterminado al exportar.</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Organismo principal</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Meeting times are shown in this zone.</source>
        <translation>Las horas de las reuniones se muestran en esta zona.</translation>
    </message>
    <message>
        <source>Remit</source>
        <translation>Mandato</translation>
    </message>
    <message>
        <source>Governance and decisions</source>
        <translation>Gobernanza y decisiones</translation>
    </message>
    <message>
        <source>Decision rule</source>
        <translation>Regla de decisión</translation>
    </message>
    <message>
        <source>Qualified majority</source>
        <translation>Mayoría calificada</translation>
    </message>
    <message>
        <source>Counted</source>
        <comment>the base of a qualified majority</comment>
        <translation>Calculada sobre</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quórum</translation>
    </message>
    <message>
        <source>Quorum value</source>
        <translation>Valor del quórum</translation>
    </message>
    <message>
        <source>Quorum as written</source>
        <translation>Quórum según el texto</translation>
    </message>
    <message>
        <source>What it may decide</source>
        <translation>Qué puede decidir</translation>
    </message>
    <message>
        <source>Who sets the agenda</source>
        <translation>Quién fija el orden del día</translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation>Conflictos de intereses</translation>
    </message>
    <message>
        <source>Declarations renewed every</source>
        <translation>Declaraciones renovadas cada</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Meets at least every</source>
        <translation>Se reúne al menos cada</translation>
    </message>
    <message>
        <source>Notice and papers</source>
        <translation>Convocatoria y documentos</translation>
    </message>
    <message>
        <source>Days before a meeting that papers go out.</source>
        <translation>Días antes de una reunión en que se envían los documentos.</translation>
    </message>
    <message>
        <source>Detail of minutes</source>
        <translation>Nivel de detalle del acta</translation>
    </message>
    <message>
        <source>Transparency and contact</source>
        <translation>Transparencia y contacto</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>Correo de contacto</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Teléfono de contacto</translation>
    </message>
    <message>
        <source>Answer questions within</source>
        <translation>Responder preguntas en</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Puestos</translation>
    </message>
    <message>
        <source>Government seats</source>
        <translation>Puestos de gobierno</translation>
    </message>
    <message>
        <source>Non-government seats</source>
        <translation>Puestos no gubernamentales</translation>
    </message>
    <message>
        <source>For parity both should be equal.</source>
        <translation>Para la paridad, ambos deben ser iguales.</translation>
    </message>
    <message>
        <source>Governance as published</source>
        <translation>Gobernanza según se publica</translation>
    </message>
    <message>
        <source>Forum profile</source>
        <translation>Perfil del foro</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Throw away the changes not yet saved</source>
        <translation>Descartar los cambios aún no guardados</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>Documentos</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n day(s) before each meeting</source>
        <translation>
            <numerusform>Se envían %n día antes de cada reunión</numerusform>
            <numerusform>Se envían %n días antes de cada reunión</numerusform>
        </translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Members&apos; names are published</source>
        <translation>Se publican los nombres de los miembros</translation>
    </message>
    <message>
        <source>Organisations only are published</source>
        <translation>Solo se publican las organizaciones</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: put right the %n field(s) marked in red</source>
        <translation>
            <numerusform>No guardado: corrija el campo marcado en rojo</numerusform>
            <numerusform>No guardado: corrija los %n campos marcados en rojo</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save the forum profile</source>
        <translation>No se puede guardar el perfil del foro</translation>
    </message>
</context>
<context>
    <name>PAGES_MEETINGS</name>
    <message>
        <source>New meeting…</source>
        <translation>Nueva reunión…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Plan a year…</source>
        <translation>Planificar un año…</translation>
    </message>
    <message>
        <source>Record as held</source>
        <translation>Registrar como celebrada</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Cancelar…</translation>
    </message>
    <message>
        <source>Postpone…</source>
        <translation>Aplazar…</translation>
    </message>
    <message>
        <source>Plan again</source>
        <translation>Volver a planificar</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Export calendar…</source>
        <translation>Exportar el calendario…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Upcoming only</source>
        <translation>Solo próximas</translation>
    </message>
    <message>
        <source>&lt;b&gt;All meetings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Todas las reuniones&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation>Conflictos de intereses</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s); target: {target}.</source>
        <translation>
            <numerusform>%n reunión; objetivo: {target}.</numerusform>
            <numerusform>%n reuniones; objetivo: {target}.</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <source>notice sent {notice_sent_on}</source>
        <translation>convocatoria enviada el {notice_sent_on}</translation>
    </message>
    <message>
        <source>agenda approved, notice due by {due}</source>
        <translation>orden del día aprobado, convocatoria antes del {due}</translation>
    </message>
    <message>
        <source>agenda in draft, notice due by {due}</source>
        <translation>orden del día en borrador, convocatoria antes del {due}</translation>
    </message>
    <message>
        <source>&lt;b&gt;No meeting is planned.&lt;/b&gt; Use “Plan a year…” to propose a calendar.</source>
        <translation>&lt;b&gt;No hay ninguna reunión prevista.&lt;/b&gt; Use «Planificar un año…» para proponer un calendario.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;Regularity: {gaps}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;Regularidad: {gaps}&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dentro de %n día</numerusform>
            <numerusform>dentro de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the meetings…</source>
        <translation>Leyendo las reuniones…</translation>
    </message>
    <message>
        <source>The meetings could not be read.</source>
        <translation>No se pudieron leer las reuniones.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next meeting:&lt;/b&gt; &lt;a href=&apos;meeting:{id}&apos;&gt;{title}&lt;/a&gt;, {time} ({when}); {state}.</source>
        <translation>&lt;b&gt;Próxima reunión:&lt;/b&gt; &lt;a href=&apos;meeting:{id}&apos;&gt;{title}&lt;/a&gt;, {time} ({when}); {state}.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#8a5a00&apos;&gt;⚠ &lt;a href=&apos;meeting:{id}&apos;&gt;Late&lt;/a&gt;: {what}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#8a5a00&apos;&gt;⚠ &lt;a href=&apos;meeting:{id}&apos;&gt;Atrasado&lt;/a&gt;: {what}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;Regularity: {summary}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#2e7d32&apos;&gt;Regularidad: {summary}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Conflicts of interest ({count})</source>
        <translation>Conflictos de intereses ({count})</translation>
    </message>
    <message>
        <source>Reading the meeting&apos;s agenda and papers…</source>
        <translation>Leyendo el orden del día y los documentos de la reunión…</translation>
    </message>
    <message>
        <source>This meeting could not be read from the forum file: its agenda, papers and conflicts are not shown.</source>
        <translation>No se pudo leer esta reunión en el archivo del foro: no se muestran su orden del día, sus documentos ni sus conflictos de intereses.</translation>
    </message>
    <message>
        <source>The minutes of this meeting are approved: it can no longer be changed.</source>
        <translation>El acta de esta reunión está aprobada: ya no se puede modificar.</translation>
    </message>
    <message>
        <source>Cannot add the meeting</source>
        <translation>No se puede añadir la reunión</translation>
    </message>
    <message>
        <source>Cannot save the meeting</source>
        <translation>No se puede guardar la reunión</translation>
    </message>
    <message>
        <source>Cannot change the meeting&apos;s status</source>
        <translation>No se puede cambiar el estado de la reunión</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Eliminar la reunión</translation>
    </message>
    <message>
        <source>Delete “{title}” ({day}) with its agenda and papers&apos; records?

Use this for a meeting entered by mistake; a meeting that was announced is cancelled instead. You can undo this.</source>
        <translation>¿Eliminar «{title}» ({day}) con su orden del día y el registro de sus documentos?

Úselo para una reunión introducida por error; una reunión anunciada se cancela. Puede deshacerlo.</translation>
    </message>
    <message>
        <source>Cannot delete the meeting</source>
        <translation>No se puede eliminar la reunión</translation>
    </message>
    <message>
        <source>Cannot create the meetings</source>
        <translation>No se pueden crear las reuniones</translation>
    </message>
    <message numerus="yes">
        <source>Planned %n meeting(s). Undo (Ctrl+Z) takes them all back.</source>
        <translation>
            <numerusform>%n reunión planificada. Deshacer (Ctrl+Z) las retira todas.</numerusform>
            <numerusform>%n reuniones planificadas. Deshacer (Ctrl+Z) las retira todas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot add the item</source>
        <translation>No se puede añadir el punto</translation>
    </message>
    <message>
        <source>Cannot save the item</source>
        <translation>No se puede guardar el punto</translation>
    </message>
    <message>
        <source>Cannot remove the item</source>
        <translation>No se puede quitar el punto</translation>
    </message>
    <message>
        <source>Cannot reorder the agenda</source>
        <translation>No se puede reordenar el orden del día</translation>
    </message>
    <message>
        <source>Standing items</source>
        <translation>Puntos permanentes</translation>
    </message>
    <message>
        <source>Copy an agenda</source>
        <translation>Copiar un orden del día</translation>
    </message>
    <message>
        <source>There is no earlier meeting to copy from.</source>
        <translation>No hay ninguna reunión anterior de la que copiar.</translation>
    </message>
    <message>
        <source>Cannot copy the agenda</source>
        <translation>No se puede copiar el orden del día</translation>
    </message>
    <message>
        <source>Cannot record the approval</source>
        <translation>No se puede registrar la aprobación</translation>
    </message>
    <message>
        <source>Cannot record the notice</source>
        <translation>No se puede registrar la convocatoria</translation>
    </message>
    <message>
        <source>E-mail the notice</source>
        <translation>Enviar la convocatoria por correo</translation>
    </message>
    <message>
        <source>Writing the notice, the members&apos; pack and the e-mail draft…</source>
        <translation>Redactando la convocatoria, la documentación de los miembros y el borrador del correo…</translation>
    </message>
    <message>
        <source>Cannot add the paper</source>
        <translation>No se puede añadir el documento</translation>
    </message>
    <message>
        <source>Cannot save the paper</source>
        <translation>No se puede guardar el documento</translation>
    </message>
    <message>
        <source>Cannot remove the paper</source>
        <translation>No se puede quitar el documento</translation>
    </message>
    <message>
        <source>A closed meeting&apos;s pack is for members only.</source>
        <translation>El paquete de una reunión a puerta cerrada es solo para los miembros.</translation>
    </message>
    <message>
        <source>The meeting pack</source>
        <translation>El paquete de la reunión</translation>
    </message>
    <message>
        <source>Members: everything; withheld papers marked as such</source>
        <translation>Miembros: todo; documentos reservados marcados como tales</translation>
    </message>
    <message>
        <source>Public: withheld and confidential papers listed without content; no contact details</source>
        <translation>Público: documentos reservados y confidenciales listados sin contenido; sin datos de contacto</translation>
    </message>
    <message>
        <source>The board book (with the papers) is a PDF: tick PDF among the formats.</source>
        <translation>El cuadernillo (con los documentos) es un PDF: marque PDF entre los formatos.</translation>
    </message>
    <message>
        <source>Cannot export the pack</source>
        <translation>No se puede exportar la documentación</translation>
    </message>
    <message>
        <source>Writing the {audience}&apos; pack ({formats})…</source>
        <translation>Redactando la documentación ({audience}) ({formats})…</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Export the meeting pack</source>
        <translation>Exportar la documentación de la reunión</translation>
    </message>
    <message>
        <source>Wrote {files} in {folder}.</source>
        <translation>Se escribió {files} en {folder}.</translation>
    </message>
    <message>
        <source>Export the public calendar</source>
        <translation>Exportar el calendario público</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Writing the calendar…</source>
        <translation>Escribiendo el calendario…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {file} (%n public meeting(s)).</source>
        <translation>
            <numerusform>Se escribió {file} (%n reunión pública).</numerusform>
            <numerusform>Se escribió {file} (%n reuniones públicas).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PAGES_MEETINGS_BOARD</name>
    <message>
        <source>Add break…</source>
        <translation>Añadir pausa…</translation>
    </message>
    <message>
        <source>A timed pause (coffee, lunch) after the selected item: no number, paper or decision</source>
        <translation>Una pausa cronometrada (café, almuerzo) tras el punto seleccionado: sin número, documento ni decisión</translation>
    </message>
    <message>
        <source>New version…</source>
        <translation>Nueva versión…</translation>
    </message>
    <message>
        <source>Replace the selected paper&apos;s file with a new version; the earlier one is kept for the record and the pack says “revised”</source>
        <translation>Sustituir el archivo del documento seleccionado por una nueva versión; la anterior se conserva para el registro y el paquete indica «revisado»</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Cannot add the break</source>
        <translation>No se puede añadir la pausa</translation>
    </message>
    <message>
        <source>Choose a paper in the list first.</source>
        <translation>Elija primero un documento de la lista.</translation>
    </message>
    <message>
        <source>Choose the new version of the paper</source>
        <translation>Elegir la nueva versión del documento</translation>
    </message>
    <message>
        <source>Cannot add the new version</source>
        <translation>No se puede añadir la nueva versión</translation>
    </message>
</context>
<context>
    <name>PAGES_MEMBERS</name>
    <message>
        <source>Add member…</source>
        <translation>Añadir miembro…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Delete a member entered by mistake. A member who leaves keeps their record: edit their status instead.</source>
        <translation>Eliminar un miembro registrado por error. Un miembro que se va conserva su registro: edite su estado.</translation>
    </message>
    <message>
        <source>Import members…</source>
        <translation>Importar miembros…</translation>
    </message>
    <message>
        <source>Import members from a .csv or .xlsx file (or drop it on this page): you see them as they will be stored first; all or nothing; undoable.</source>
        <translation>Importar miembros desde un archivo .csv o .xlsx (o soltarlo en esta página): primero los ve tal como se guardarán; todo o nada; se puede deshacer.</translation>
    </message>
    <message>
        <source>Search name or organisation</source>
        <translation>Buscar nombre u organización</translation>
    </message>
    <message>
        <source>All sides</source>
        <translation>Todas las partes</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Todas las funciones</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>Solo activos</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:#fde7b0&apos;&gt;&amp;nbsp;Amber&amp;nbsp;&lt;/span&gt; term ends within 90 days</source>
        <translation>&lt;span style=&apos;background:#fde7b0&apos;&gt;&amp;nbsp;Ámbar&amp;nbsp;&lt;/span&gt; mandato que termina en 90 días</translation>
    </message>
    <message>
        <source>Hover a round to see its candidates and outcomes.</source>
        <translation>Pase el cursor sobre un proceso para ver sus candidaturas y resultados.</translation>
    </message>
    <message>
        <source>Add selection round…</source>
        <translation>Añadir proceso de selección…</translation>
    </message>
    <message>
        <source>How seats were filled: open calls, elections in electoral colleges, appointments. Non-government seats should be filled through a process the non-government side leads.</source>
        <translation>Cómo se cubrieron los puestos: convocatorias abiertas, elecciones en colegios electorales, designaciones. Los puestos no gubernamentales deberían cubrirse mediante un proceso que dirija la parte no gubernamental.</translation>
    </message>
    <message>
        <source>Choose a round to see its candidates.</source>
        <translation>Elija un proceso para ver sus candidaturas.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Selection rounds</source>
        <translation>Procesos de selección</translation>
    </message>
    <message>
        <source>Reading the members…</source>
        <translation>Leyendo los miembros…</translation>
    </message>
    <message>
        <source>Reading the selection rounds…</source>
        <translation>Leyendo los procesos de selección…</translation>
    </message>
    <message>
        <source>The members could not be read.</source>
        <translation>No se pudieron leer los miembros.</translation>
    </message>
    <message>
        <source>The selection rounds could not be read.</source>
        <translation>No se pudieron leer los procesos de selección.</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n member(s) shown</source>
        <translation>
            <numerusform>{shown} de %n miembro mostrados</numerusform>
            <numerusform>{shown} de %n miembros mostrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Advertised</source>
        <translation>Publicada en</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>Dirigida por</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidatura</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>&lt;p&gt;No candidates recorded.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No hay candidaturas registradas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot save the member</source>
        <translation>No se puede guardar el miembro</translation>
    </message>
    <message>
        <source>Saved {name}; the filters hide them from the table.</source>
        <translation>Se guardó {name}; los filtros lo ocultan en la tabla.</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Quitar miembro</translation>
    </message>
    <message>
        <source>Edit status…</source>
        <translation>Editar estado…</translation>
    </message>
    <message>
        <source>Remove {name} from the forum&apos;s records?

Use this for a member entered by mistake. A member who resigned, was removed or reached the end of their term keeps their record: edit their status instead.

The record goes to the trash for 30 days (File ▸ Trash…); you can also undo this with Edit ▸ Undo.</source>
        <translation>¿Quitar a {name} de los registros del foro?

Úselo para un miembro registrado por error. Un miembro que renunció, fue separado o terminó su mandato conserva su registro: edite su estado.

El registro va a la papelera durante 30 días (Archivo ▸ Papelera…); también puede deshacerlo con Edición ▸ Deshacer.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Cannot remove the member</source>
        <translation>No se puede quitar el miembro</translation>
    </message>
    <message>
        <source>Cannot add the selection round</source>
        <translation>No se puede añadir el proceso de selección</translation>
    </message>
    <message>
        <source>Import members</source>
        <translation>Importar miembros</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Hojas de cálculo (*.csv *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import members: nothing can be imported yet</source>
        <translation>Importar miembros: todavía no se puede importar nada</translation>
    </message>
    <message>
        <source>{source}: every row was checked; nothing was written.</source>
        <translation>{source}: se comprobó cada fila; no se escribió nada.</translation>
    </message>
    <message>
        <source>Import members: check before importing</source>
        <translation>Importar miembros: revisar antes de importar</translation>
    </message>
    <message numerus="yes">
        <source>{source}: %n member(s) to add, all or nothing. Nothing is written until you press Import; Edit ▸ Undo removes them afterwards.</source>
        <translation>
            <numerusform>{source}: %n miembro por añadir, todo o nada. No se escribe nada hasta que pulse Importar; Edición ▸ Deshacer lo retira después.</numerusform>
            <numerusform>{source}: %n miembros por añadir, todo o nada. No se escribe nada hasta que pulse Importar; Edición ▸ Deshacer los retira después.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading and checking the members file…</source>
        <translation>Leyendo y comprobando el archivo de miembros…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Importación cancelada: no se escribió nada.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n member(s)…</source>
        <translation>
            <numerusform>Importando %n miembro…</numerusform>
            <numerusform>Importando %n miembros…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n member(s) from {source}.</source>
        <translation>
            <numerusform>Se importó %n miembro desde {source}.</numerusform>
            <numerusform>Se importaron %n miembros desde {source}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PAGES_MINUTES</name>
    <message>
        <source>Start the minutes</source>
        <translation>Iniciar el acta</translation>
    </message>
    <message>
        <source>Circulate</source>
        <translation>Circular</translation>
    </message>
    <message>
        <source>Record that the draft went to members</source>
        <translation>Registrar que el borrador se envió a los miembros</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Aprobar…</translation>
    </message>
    <message>
        <source>The forum approved them at a later meeting; this locks them</source>
        <translation>El foro la aprobó en una reunión posterior; esto la bloquea</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation>Enmendar…</translation>
    </message>
    <message>
        <source>A dated correction to approved minutes</source>
        <translation>Una corrección fechada a un acta aprobada</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>E-mail the draft…</source>
        <translation>Enviar el borrador por correo…</translation>
    </message>
    <message>
        <source>Write an e-mail draft to members with the draft minutes attached, and open it in your mail client</source>
        <translation>Escribir un borrador de correo a los miembros con el borrador del acta adjunto, y abrirlo en su cliente de correo</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Reunión:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agenda&lt;/b&gt;</source>
        <translation>&lt;b&gt;Orden del día&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Summary and amendments</source>
        <translation>Resumen y enmiendas</translation>
    </message>
    <message>
        <source>Reading the meetings and their minutes…</source>
        <translation>Leyendo las reuniones y sus actas…</translation>
    </message>
    <message>
        <source>A short summary of the meeting (optional).</source>
        <translation>Un breve resumen de la reunión (opcional).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Summary&lt;/b&gt;</source>
        <translation>&lt;b&gt;Resumen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Amendments after approval&lt;/b&gt;</source>
        <translation>&lt;b&gt;Enmiendas tras la aprobación&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add decision</source>
        <translation>Añadir decisión</translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation>Añadir acción…</translation>
    </message>
    <message>
        <source>no minutes yet</source>
        <translation>sin acta todavía</translation>
    </message>
    <message>
        <source>notes</source>
        <comment>what the minutes hold for an item</comment>
        <translation>notas</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n decisión</numerusform>
            <numerusform>%n decisiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n acción</numerusform>
            <numerusform>%n acciones</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Start the minutes to take attendance.</source>
        <translation>Inicie el acta para registrar la asistencia.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Matters arising&lt;/b&gt;: %n open action(s) from earlier meetings</source>
        <translation>
            <numerusform>&lt;b&gt;Asuntos pendientes&lt;/b&gt;: %n acción abierta de reuniones anteriores</numerusform>
            <numerusform>&lt;b&gt;Asuntos pendientes&lt;/b&gt;: %n acciones abiertas de reuniones anteriores</numerusform>
        </translation>
    </message>
    <message>
        <source>, &lt;span style=&apos;color:#c62828&apos;&gt;{late} overdue&lt;/span&gt;</source>
        <translation>, &lt;span style=&apos;color:#c62828&apos;&gt;{late} vencidas&lt;/span&gt;</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguna.</translation>
    </message>
    <message>
        <source>No meeting to minute yet: meetings appear here from their day on.</source>
        <translation>Aún no hay reuniones que registrar en acta: las reuniones aparecen aquí desde su fecha.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;, {when}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;, {when}</translation>
    </message>
    <message>
        <source>{where} — no minutes yet.</source>
        <translation>{where} — aún sin acta.</translation>
    </message>
    <message>
        <source>{where} — draft circulated to members on {circulated_on}.</source>
        <translation>{where} — borrador circulado a los miembros el {circulated_on}.</translation>
    </message>
    <message>
        <source>{where} — minutes {status_label}.</source>
        <translation>{where} — acta: {status_label}.</translation>
    </message>
    <message>
        <source>Saved {now}</source>
        <translation>Guardado a las {now}</translation>
    </message>
    <message>
        <source>These minutes</source>
        <translation>Esta acta</translation>
    </message>
    <message>
        <source>The decisions register (all meetings)</source>
        <translation>El registro de decisiones (todas las reuniones)</translation>
    </message>
    <message>
        <source>The action tracker</source>
        <translation>El seguimiento de acciones</translation>
    </message>
    <message>
        <source>Members: the full record</source>
        <translation>Miembros: el registro completo</translation>
    </message>
    <message>
        <source>Public: approved minutes only; names only where they may be published</source>
        <translation>Público: solo actas aprobadas; nombres solo cuando pueden publicarse</translation>
    </message>
    <message>
        <source>Writing {title} ({formats})…</source>
        <translation>Escribiendo {title} ({formats})…</translation>
    </message>
    <message>
        <source>Approved on {approved_on}</source>
        <translation>Aprobada el {approved_on}</translation>
    </message>
    <message>
        <source>Alt+↑/↓ item · Ctrl+1 attendance · Ctrl+2 item · Ctrl+3 actions · Ctrl+4 summary · Ctrl+D decision · Ctrl+Shift+A action · F1 all shortcuts</source>
        <translation>Alt+↑/↓ punto · Ctrl+1 asistencia · Ctrl+2 punto · Ctrl+3 acciones · Ctrl+4 resumen · Ctrl+D decisión · Ctrl+Shift+A acción · F1 todos los atajos</translation>
    </message>
    <message>
        <source> at “{title}”</source>
        <translation> en «{title}»</translation>
    </message>
    <message>
        <source>, published on {published_on}</source>
        <translation>, publicada el {published_on}</translation>
    </message>
    <message>
        <source>. These minutes are locked: a correction is a dated amendment (Amend…). Actions can still be marked done or dropped.</source>
        <translation>. Esta acta está bloqueada: una corrección es una enmienda fechada (Enmendar…). Las acciones aún pueden marcarse como hechas o descartadas.</translation>
    </message>
    <message>
        <source>E-mail the draft minutes</source>
        <translation>Enviar el borrador del acta por correo</translation>
    </message>
    <message>
        <source>Writing the draft minutes and the e-mail draft…</source>
        <translation>Escribiendo el borrador del acta y el borrador de correo…</translation>
    </message>
    <message>
        <source>Recorded as circulated to members today.</source>
        <translation>Registrada como circulada a los miembros hoy.</translation>
    </message>
    <message>
        <source>Approved: the minutes are now locked.</source>
        <translation>Aprobada: el acta queda bloqueada.</translation>
    </message>
    <message>
        <source>Recorded as published today. Export the public version for the repository.</source>
        <translation>Registrada como publicada hoy. Exporte la versión pública para el repositorio.</translation>
    </message>
    <message>
        <source>Amendment recorded; it appears in every later export.</source>
        <translation>Enmienda registrada; aparece en todas las exportaciones posteriores.</translation>
    </message>
    <message>
        <source>The public may read these minutes once they are approved.</source>
        <translation>El público puede leer esta acta una vez aprobada.</translation>
    </message>
    <message>
        <source>A closed meeting&apos;s minutes are for members only.</source>
        <translation>El acta de una reunión a puerta cerrada es solo para los miembros.</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>No se puede exportar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Wrote {files} in {folder}.</source>
        <translation>Se escribió {files} en {folder}.</translation>
    </message>
</context>
<context>
    <name>PAGES_MINUTES_ACTIONS</name>
    <message>
        <source>Add action…</source>
        <translation>Añadir acción…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Actions agreed at this meeting&lt;/b&gt;</source>
        <translation>&lt;b&gt;Acciones acordadas en esta reunión&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>PAGES_MINUTES_ATTENDANCE</name>
    <message>
        <source>In person (P)</source>
        <translation>Presencial (P)</translation>
    </message>
    <message>
        <source>Remote (R)</source>
        <translation>A distancia (R)</translation>
    </message>
    <message>
        <source>Apologies (A)</source>
        <translation>Excusado (A)</translation>
    </message>
    <message>
        <source>Absent (X)</source>
        <translation>Ausente (X)</translation>
    </message>
    <message>
        <source>Alternates sit for the member they cover when that member is away</source>
        <translation>Los suplentes ocupan el lugar del miembro al que cubren cuando este falta</translation>
    </message>
    <message>
        <source>Add guest…</source>
        <translation>Añadir invitado…</translation>
    </message>
    <message>
        <source>Remove guest</source>
        <translation>Quitar invitado</translation>
    </message>
    <message>
        <source>Guests are listed as present: remove a guest who did not come.</source>
        <translation>Los invitados figuran como presentes: quite a un invitado que no vino.</translation>
    </message>
    <message>
        <source>Members stay on the list: mark them absent instead.</source>
        <translation>Los miembros siguen en la lista: márquelos como ausentes.</translation>
    </message>
</context>
<context>
    <name>PAGES_MINUTES_ITEMS</name>
    <message>
        <source>What was said: paragraphs, and lines starting with - for bullets.</source>
        <translation>Lo que se dijo: párrafos, y líneas que empiezan con - para viñetas.</translation>
    </message>
    <message>
        <source>Add decision</source>
        <translation>Añadir decisión</translation>
    </message>
    <message>
        <source>Remove decision</source>
        <translation>Quitar decisión</translation>
    </message>
    <message>
        <source>What the forum decided (or was asked to decide).</source>
        <translation>Lo que el foro decidió (o se le pidió decidir).</translation>
    </message>
    <message>
        <source>A vote was held</source>
        <translation>Hubo votación</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Aplazada</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>En contra</translation>
    </message>
    <message>
        <source>Abstaining</source>
        <translation>Abstenciones</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Gobierno</translation>
    </message>
    <message>
        <source>Non-government</source>
        <translation>No gubernamental</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>Objeciones</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Session 1
Group 1 (facilitator)
A theme
- a point
Commitments
- Commitment 2: a point on it</source>
        <translation>Sesión 1
Grupo 1 (facilitador)
Un tema
- un punto
Compromisos
- Compromiso 2: un punto sobre él</translation>
    </message>
    <message>
        <source>Record a declaration…</source>
        <translation>Registrar una declaración…</translation>
    </message>
    <message>
        <source>Remove the last</source>
        <translation>Quitar la última</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Breakout groups</source>
        <translation>Grupos de trabajo</translation>
    </message>
    <message>
        <source>Declarations of interest</source>
        <translation>Declaraciones de intereses</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Reading the item&apos;s notes, decisions and conflicts…</source>
        <translation>Leyendo las notas, las decisiones y los conflictos de intereses del punto…</translation>
    </message>
    <message>
        <source>Choose an item of the agenda.</source>
        <translation>Elija un punto del orden del día.</translation>
    </message>
    <message>
        <source>  — open actions from earlier meetings are under Actions (Ctrl+3).</source>
        <translation>  — las acciones abiertas de reuniones anteriores están en Acciones (Ctrl+3).</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n grupo</numerusform>
            <numerusform>%n grupos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n punto</numerusform>
            <numerusform>%n puntos</numerusform>
        </translation>
    </message>
    <message>
        <source>No breakout groups for this item.</source>
        <translation>No hay grupos de trabajo para este punto.</translation>
    </message>
    <message>
        <source>A member</source>
        <translation>Un miembro</translation>
    </message>
    <message>
        <source>No declarations on this item.</source>
        <translation>No hay declaraciones sobre este punto.</translation>
    </message>
    <message>
        <source>The forum&apos;s rule: {rule_text}</source>
        <translation>La regla del foro: {rule_text}</translation>
    </message>
    <message>
        <source>The forum agrees …</source>
        <translation>El foro acuerda …</translation>
    </message>
</context>
<context>
    <name>PAGES_PLACEHOLDER</name>
    <message>
        <source>{page} is not yet available in this version of MSF Desk.</source>
        <translation>{page} aún no está disponible en esta versión de MSF Desk.</translation>
    </message>
</context>
<context>
    <name>PAGES_REPOSITORY</name>
    <message>
        <source>&lt;b&gt;{summary}&lt;/b&gt;&lt;br&gt;Folder: {folder}</source>
        <translation>&lt;b&gt;{summary}&lt;/b&gt;&lt;br&gt;Carpeta: {folder}</translation>
    </message>
    <message>
        <source>&lt;br&gt;Zip: {zip_path}</source>
        <translation>&lt;br&gt;Zip: {zip_path}</translation>
    </message>
    <message>
        <source>&lt;br&gt;{size:.1f} MB, written in {seconds:.1f} s.</source>
        <translation>&lt;br&gt;{size:.1f} MB, escrito en {seconds:.1f} s.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiado</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Quitado</translation>
    </message>
    <message>
        <source>Not included (file missing from the forum&apos;s storage): {p}</source>
        <translation>No incluido (falta el archivo en el almacenamiento del foro): {p}</translation>
    </message>
    <message>
        <source>Not included (stored outside the forum&apos;s storage folder): {p}</source>
        <translation>No incluido (guardado fuera de la carpeta de almacenamiento del foro): {p}</translation>
    </message>
    <message>
        <source>Every file is as it was: there is nothing new to upload.</source>
        <translation>Todos los archivos están como estaban: no hay nada nuevo que subir.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Repository and the standards&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Repositorio y estándares&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Assessed against:</source>
        <translation>Evaluado según:</translation>
    </message>
    <message>
        <source>{title}. Source: {source}</source>
        <translation>{title}. Fuente: {source}</translation>
    </message>
    <message>
        <source>&amp;Showing:</source>
        <translation>&amp;Mostrando:</translation>
    </message>
    <message>
        <source>The framework the list shows</source>
        <translation>El marco que muestra la lista</translation>
    </message>
    <message>
        <source>&amp;Export repository…</source>
        <translation>&amp;Exportar repositorio…</translation>
    </message>
    <message>
        <source>Write everything the forum publishes into a folder to upload to its website</source>
        <translation>Escribir todo lo que publica el foro en una carpeta para subirla a su sitio web</translation>
    </message>
    <message>
        <source>Export &amp;compliance report…</source>
        <translation>Exportar el informe de &amp;cumplimiento…</translation>
    </message>
    <message>
        <source>C&amp;heck again</source>
        <translation>&amp;Volver a comprobar</translation>
    </message>
    <message>
        <source>Check the records against the standards again</source>
        <translation>Volver a comprobar los registros con respecto a las normas</translation>
    </message>
    <message>
        <source>Indicators of the standards</source>
        <translation>Indicadores de los estándares</translation>
    </message>
    <message>
        <source>&amp;Where the forum stands</source>
        <translation>&amp;Situación del foro</translation>
    </message>
    <message>
        <source>&amp;Records for the standards</source>
        <translation>&amp;Registros para los estándares</translation>
    </message>
    <message>
        <source>Cannot check the standards</source>
        <translation>No se pueden comprobar los estándares</translation>
    </message>
    <message>
        <source>Checking the records against the standards…</source>
        <translation>Comprobando los registros con respecto a las normas…</translation>
    </message>
    <message>
        <source>Check the standards</source>
        <translation>Comprobar las normas</translation>
    </message>
    <message>
        <source>The check against the standards was cancelled: nothing is shown until it runs again.</source>
        <translation>Se canceló la comprobación con respecto a las normas: no se muestra nada hasta que vuelva a ejecutarse.</translation>
    </message>
    <message>
        <source>The check against the standards was cancelled: what is shown is the check before.</source>
        <translation>Se canceló la comprobación con respecto a las normas: lo que se muestra es la comprobación anterior.</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>No cumplido</translation>
    </message>
    <message>
        <source>Not evidenced</source>
        <translation>Sin evidencia</translation>
    </message>
    <message>
        <source>{minimum_text} &lt;i&gt;(* a basic requirement of a starred process)&lt;/i&gt;</source>
        <translation>{minimum_text} &lt;i&gt;(* un requisito básico de un proceso destacado)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;{title}. Source: {source}&lt;/i&gt;</source>
        <translation>&lt;i&gt;{title}. Fuente: {source}&lt;/i&gt;</translation>
    </message>
    <message>
        <source>{forum_name} as of {today}: {counts}&lt;br&gt;{note}</source>
        <translation>{forum_name} al {today}: {counts}&lt;br&gt;{note}</translation>
    </message>
    <message>
        <source>The forum is assessed against at least one framework; choose another before leaving this one.</source>
        <translation>El foro se evalúa según al menos un marco; elija otro antes de dejar este.</translation>
    </message>
    <message>
        <source>Cannot choose the standards</source>
        <translation>No se pueden elegir los estándares</translation>
    </message>
    <message>
        <source>Assessed against: {frameworks}.</source>
        <translation>Evaluado según: {frameworks}.</translation>
    </message>
    <message>
        <source>The repository has not been exported yet.</source>
        <translation>El repositorio aún no se ha exportado.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{title}&lt;/h3&gt;&lt;p&gt;&lt;span style=&quot;background:{name}; color:{name2}; font-weight:bold&quot;&gt;&amp;nbsp;{status_label}&amp;nbsp;&lt;/span&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;The standard:&lt;/b&gt; {standard}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Evidence&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{evidence}&lt;/ul&gt;&lt;p&gt;&lt;b&gt;What to do next:&lt;/b&gt; {next_step}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{title}&lt;/h3&gt;&lt;p&gt;&lt;span style=&quot;background:{name}; color:{name2}; font-weight:bold&quot;&gt;&amp;nbsp;{status_label}&amp;nbsp;&lt;/span&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;El estándar:&lt;/b&gt; {standard}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Evidencia&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{evidence}&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Qué hacer a continuación:&lt;/b&gt; {next_step}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The public repository</source>
        <translation>El repositorio público</translation>
    </message>
    <message>
        <source>Also write a .zip (to send or upload as one file)</source>
        <translation>Escribir también un .zip (para enviar o subir como un solo archivo)</translation>
    </message>
    <message>
        <source>Everything the forum publishes, for the public: an empty folder, or the last export&apos;s (only what changed is rewritten).</source>
        <translation>Todo lo que publica el foro, para el público: una carpeta vacía, o la de la última exportación (solo se reescribe lo que cambió).</translation>
    </message>
    <message>
        <source>Export the repository into a folder (an empty one, or the last export&apos;s)</source>
        <translation>Exportar el repositorio a una carpeta (vacía, o la de la última exportación)</translation>
    </message>
    <message>
        <source>Export the repository</source>
        <translation>Exportar el repositorio</translation>
    </message>
    <message numerus="yes">
        <source>Last exported on {on} to {folder} (%n file(s)). Export again by {due} at the latest.</source>
        <translation>
            <numerusform>Última exportación el {on} en {folder} (%n archivo). Vuelva a exportar a más tardar el {due}.</numerusform>
            <numerusform>Última exportación el {on} en {folder} (%n archivos). Vuelva a exportar a más tardar el {due}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Building the public repository…</source>
        <translation>Construyendo el repositorio público…</translation>
    </message>
    <message>
        <source>Export cancelled: the previous package is unchanged.</source>
        <translation>Exportación cancelada: el paquete anterior no cambió.</translation>
    </message>
    <message>
        <source>Exporting the repository to {folder}…</source>
        <translation>Exportando el repositorio a {folder}…</translation>
    </message>
    <message>
        <source>{summary} Folder: {folder}</source>
        <translation>{summary} Carpeta: {folder}</translation>
    </message>
    <message>
        <source>Export the compliance report</source>
        <translation>Exportar el informe de cumplimiento</translation>
    </message>
    <message>
        <source>The compliance report</source>
        <translation>El informe de cumplimiento</translation>
    </message>
    <message>
        <source>Writing the compliance report…</source>
        <translation>Escribiendo el informe de cumplimiento…</translation>
    </message>
    <message>
        <source>Wrote {files} in {folder}.</source>
        <translation>Se escribió {files} en {folder}.</translation>
    </message>
</context>
<context>
    <name>PAGES_RESPONSES</name>
    <message>
        <source>&lt;h2&gt;Responses&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Respuestas&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>New consultation…</source>
        <translation>Nueva consulta…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Move this consultation, with its contributions and answers, to the trash (kept 30 days).</source>
        <translation>Enviar esta consulta, con sus contribuciones y respuestas, a la papelera (se conserva 30 días).</translation>
    </message>
    <message>
        <source>Import contributions…</source>
        <translation>Importar contribuciones…</translation>
    </message>
    <message>
        <source>Template…</source>
        <translation>Plantilla…</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exportar informe…</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contribuciones</translation>
    </message>
    <message>
        <source>Summary by theme</source>
        <translation>Resumen por tema</translation>
    </message>
    <message>
        <source>Overdue and due soon</source>
        <translation>Vencidas y próximas a vencer</translation>
    </message>
    <message>
        <source>Import a .csv or .xlsx file (or drop it on this page): platforms&apos; own exports are recognised; you see the rows as they will be stored first.</source>
        <translation>Importar un archivo .csv o .xlsx (o soltarlo en esta página): se reconocen las exportaciones de las plataformas; primero ve las filas tal como se guardarán.</translation>
    </message>
    <message>
        <source>Reading the consultations and their contributions…</source>
        <translation>Leyendo las consultas y sus contribuciones…</translation>
    </message>
    <message>
        <source>Search the text, names, themes and reasons…</source>
        <translation>Buscar en el texto, los nombres, los temas y los motivos…</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Todos los resultados</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Todos los canales</translation>
    </message>
    <message>
        <source>All contributors</source>
        <translation>Todas las personas</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Solo vencidas</translation>
    </message>
    <message>
        <source>New contribution…</source>
        <translation>Nueva contribución…</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Adjuntar archivo…</translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation>Responder…</translation>
    </message>
    <message>
        <source>Answer many ▾</source>
        <translation>Responder varias ▾</translation>
    </message>
    <message>
        <source>One outcome and reason for many contributions at once.</source>
        <translation>Un mismo resultado y motivo para muchas contribuciones a la vez.</translation>
    </message>
    <message>
        <source>The selected rows…</source>
        <translation>Las filas seleccionadas…</translation>
    </message>
    <message>
        <source>All in this theme…</source>
        <translation>Todas las de este tema…</translation>
    </message>
    <message>
        <source>All duplicates of this one…</source>
        <translation>Todos los duplicados de esta…</translation>
    </message>
    <message>
        <source>Move the selected contributions to the trash (kept 30 days).</source>
        <translation>Enviar las contribuciones seleccionadas a la papelera (se conservan 30 días).</translation>
    </message>
    <message>
        <source>The published overview: per theme, what people asked for and what the forum did and why. It becomes the &quot;what we heard | what we did and why&quot; table of the report.</source>
        <translation>El resumen publicado: por tema, lo que la gente pidió y lo que el foro hizo y por qué. Se convierte en la tabla «lo que escuchamos | lo que hicimos y por qué» del informe.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What we heard&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lo que escuchamos&lt;/b&gt;</translation>
    </message>
    <message>
        <source>In a few sentences: what people asked for on this theme.</source>
        <translation>En pocas frases: lo que la gente pidió sobre este tema.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What we did and why&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lo que hicimos y por qué&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What the forum did with it, and the reasons.</source>
        <translation>Lo que el foro hizo con ello, y los motivos.</translation>
    </message>
    <message>
        <source>Save summary</source>
        <translation>Guardar el resumen</translation>
    </message>
    <message>
        <source>All consultations</source>
        <translation>Todas las consultas</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <source> · on {document}</source>
        <translation> · sobre {document}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contribution(s)</source>
        <translation>
            <numerusform>%Ln contribución</numerusform>
            <numerusform>%Ln contribuciones</numerusform>
        </translation>
    </message>
    <message>
        <source> &lt;i&gt;(no consent: the public sees “{public_contributor}”)&lt;/i&gt;</source>
        <translation> &lt;i&gt;(sin consentimiento: el público ve «{public_contributor}»)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;No. {id}&lt;/b&gt; · {received_on} · {channel_label} · {who}{consent} · {contributor_type_label}</source>
        <translation>&lt;b&gt;N.º {id}&lt;/b&gt; · {received_on} · {channel_label} · {who}{consent} · {contributor_type_label}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Withdrawn by its author on {withdrawn_on}&lt;/b&gt;: nothing to answer, never overdue.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Retirada por su autor el {withdrawn_on}&lt;/b&gt;: nada que responder, nunca vencida.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#6b7280&apos;&gt;Imported from {source_platform}: {source_id}</source>
        <translation>&lt;p style=&apos;color:#6b7280&apos;&gt;Importada de {source_platform}: {source_id}</translation>
    </message>
    <message>
        <source>, answering {source_parent}</source>
        <translation>, en respuesta a {source_parent}</translation>
    </message>
    <message>
        <source> — answered {answered_on}</source>
        <translation> — respondida el {answered_on}</translation>
    </message>
    <message>
        <source> — due {due_on}</source>
        <translation> — vence el {due_on}</translation>
    </message>
    <message>
        <source>decided by {decided_by}</source>
        <translation>decidido por {decided_by}</translation>
    </message>
    <message>
        <source>commitment: {commitment}</source>
        <translation>compromiso: {commitment}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overdue&lt;/b&gt;: {len:,} not answered by their due date ({response_working_days} working days after receipt).</source>
        <translation>&lt;b&gt;Vencidas&lt;/b&gt;: {len:,} sin respuesta en su plazo ({response_working_days} días hábiles tras la recepción).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Due within {DUE_SOON_WORKING_DAYS} working days&lt;/b&gt;: {len:,}.</source>
        <translation>&lt;b&gt;Vencen en {DUE_SOON_WORKING_DAYS} días hábiles&lt;/b&gt;: {len:,}.</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Todos los temas</translation>
    </message>
    <message numerus="yes">
        <source>%n consultation(s) · {total:,} contributions · {overdue:,} overdue. Choose a consultation to edit it, import into it or export its report.</source>
        <translation>
            <numerusform>%n consulta · {total:,} contribuciones · {overdue:,} vencidas. Elija una consulta para editarla, importar en ella o exportar su informe.</numerusform>
            <numerusform>%n consultas · {total:,} contribuciones · {overdue:,} vencidas. Elija una consulta para editarla, importar en ella o exportar su informe.</numerusform>
        </translation>
    </message>
    <message>
        <source>{opens} to {closes}</source>
        <translation>del {opens} al {closes}</translation>
    </message>
    <message>
        <source>open now</source>
        <translation>abierta ahora</translation>
    </message>
    <message>
        <source>not yet open</source>
        <translation>aún no abierta</translation>
    </message>
    <message>
        <source>&lt;br&gt;{channels} · {contributions:,} contributions · {answered:,} answered ({answered_late:,} late) · {overdue:,} overdue</source>
        <translation>&lt;br&gt;{channels} · {contributions:,} contribuciones · {answered:,} respondidas ({answered_late:,} con retraso) · {overdue:,} vencidas</translation>
    </message>
    <message>
        <source>No channels recorded</source>
        <translation>No hay canales registrados</translation>
    </message>
    <message>
        <source> match the search</source>
        <translation> coinciden con la búsqueda</translation>
    </message>
    <message>
        <source>. Double-click one to answer it. Names in grey: no consent to publish.</source>
        <translation>. Haga doble clic en una para responderla. Nombres en gris: sin consentimiento para publicar.</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#6b7280&apos;&gt;Select a contribution to see it in full.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#6b7280&apos;&gt;Seleccione una contribución para verla completa.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Particular</translation>
    </message>
    <message>
        <source>. A newer export of the same platform updates it.&lt;/p&gt;</source>
        <translation>. Una exportación más reciente de la misma plataforma la actualiza.&lt;/p&gt;</translation>
    </message>
    <message>
        <source> (late)</source>
        <translation> (con retraso)</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (vencida)</translation>
    </message>
    <message>
        <source>duplicate of no. {duplicate_of}</source>
        <translation>duplicado del n.º {duplicate_of}</translation>
    </message>
    <message>
        <source>merged into no. {merged_into}</source>
        <translation>fusionada en el n.º {merged_into}</translation>
    </message>
    <message>
        <source>linked from </source>
        <translation>vinculada desde </translation>
    </message>
    <message>
        <source>no. {i}</source>
        <translation>n.º {i}</translation>
    </message>
    <message>
        <source>attachments: </source>
        <translation>adjuntos: </translation>
    </message>
    <message>
        <source>Choose a consultation to see and write its summary by theme.</source>
        <translation>Elija una consulta para ver y escribir su resumen por tema.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overdue&lt;/b&gt;: none.</source>
        <translation>&lt;b&gt;Vencidas&lt;/b&gt;: ninguna.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Due within {DUE_SOON_WORKING_DAYS} working days&lt;/b&gt;: none.</source>
        <translation>&lt;b&gt;Vencen en {DUE_SOON_WORKING_DAYS} días hábiles&lt;/b&gt;: ninguna.</translation>
    </message>
</context>
<context>
    <name>PAGES_RESPONSES_ANSWERS</name>
    <message>
        <source>Cannot save the answer</source>
        <translation>No se puede guardar la respuesta</translation>
    </message>
    <message>
        <source>Choose a contribution in the table first.</source>
        <translation>Elija primero una contribución en la tabla.</translation>
    </message>
    <message>
        <source>the rows selected in the table</source>
        <translation>las filas seleccionadas en la tabla</translation>
    </message>
    <message>
        <source>every contribution not yet answered in the theme “{theme}”</source>
        <translation>cada contribución aún sin responder del tema «{theme}»</translation>
    </message>
    <message>
        <source>every duplicate of no. {current} not yet answered</source>
        <translation>cada duplicado del n.º {current} aún sin responder</translation>
    </message>
    <message>
        <source>Answer many</source>
        <translation>Responder varias</translation>
    </message>
    <message>
        <source>Cannot save the answers</source>
        <translation>No se pueden guardar las respuestas</translation>
    </message>
    <message numerus="yes">
        <source>Answered %n contribution(s): {outcome}. Edit ▸ Undo gives each back the answer it had.</source>
        <translation>
            <numerusform>Se respondió %n contribución: {outcome}. Edición ▸ Deshacer le devuelve la respuesta que tenía.</numerusform>
            <numerusform>Se respondieron %n contribuciones: {outcome}. Edición ▸ Deshacer devuelve a cada una la respuesta que tenía.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save the contribution</source>
        <translation>No se puede guardar la contribución</translation>
    </message>
    <message>
        <source>Attach a file to the contribution</source>
        <translation>Adjuntar un archivo a la contribución</translation>
    </message>
    <message>
        <source>Cannot attach the file</source>
        <translation>No se puede adjuntar el archivo</translation>
    </message>
    <message>
        <source>Cannot save the summary</source>
        <translation>No se puede guardar el resumen</translation>
    </message>
    <message>
        <source>Delete the consultation</source>
        <translation>Eliminar la consulta</translation>
    </message>
    <message>
        <source>Move “{name}”, with all its contributions and their answers, to the trash?

It stays there for 30 days (File ▸ Trash…) and no longer appears anywhere, nor in any export. Edit ▸ Undo puts it back too.</source>
        <translation>¿Enviar «{name}», con todas sus contribuciones y sus respuestas, a la papelera?

Queda allí 30 días (Archivo ▸ Papelera…) y ya no aparece en ningún lugar ni en ninguna exportación. Edición ▸ Deshacer también la devuelve.</translation>
    </message>
    <message>
        <source>Cannot delete the consultation</source>
        <translation>No se puede eliminar la consulta</translation>
    </message>
    <message>
        <source>contribution no. {number}</source>
        <translation>la contribución n.º {number}</translation>
    </message>
    <message numerus="yes">
        <source>these %n contribution(s)</source>
        <translation>
            <numerusform>esta contribución</numerusform>
            <numerusform>estas %n contribuciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete contributions</source>
        <translation>Eliminar contribuciones</translation>
    </message>
    <message>
        <source>Move {what}, with their answers and attachments, to the trash?

Use this for contributions entered twice or by mistake. They stay in the trash for 30 days (File ▸ Trash…) and are no longer searched, counted or exported. Edit ▸ Undo puts them back too.</source>
        <translation>¿Enviar {what}, con sus respuestas y adjuntos, a la papelera?

Úselo para contribuciones registradas dos veces o por error. Quedan 30 días en la papelera (Archivo ▸ Papelera…) y ya no se buscan, cuentan ni exportan. Edición ▸ Deshacer también las devuelve.</translation>
    </message>
    <message>
        <source>Cannot delete the contributions</source>
        <translation>No se pueden eliminar las contribuciones</translation>
    </message>
    <message>
        <source>Cannot save the consultation</source>
        <translation>No se puede guardar la consulta</translation>
    </message>
    <message>
        <source>Contributions template</source>
        <translation>Plantilla de contribuciones</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write the template</source>
        <translation>No se puede escribir la plantilla</translation>
    </message>
</context>
<context>
    <name>PAGES_RESPONSES_TRANSFER</name>
    <message>
        <source>Responses</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Import contributions</source>
        <translation>Importar contribuciones</translation>
    </message>
    <message>
        <source>Choose the consultation the contributions belong to first.</source>
        <translation>Elija primero la consulta a la que pertenecen las contribuciones.</translation>
    </message>
    <message>
        <source>Spreadsheets and exports (*.csv *.xlsx *.txt *.json);;All files (*)</source>
        <translation>Hojas de cálculo y exportaciones (*.csv *.xlsx *.txt *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading and checking the file…</source>
        <translation>Leyendo y comprobando el archivo…</translation>
    </message>
    <message>
        <source>Import contributions: nothing can be imported yet</source>
        <translation>Importar contribuciones: todavía no se puede importar nada</translation>
    </message>
    <message>
        <source>{source}: every row was checked; nothing was written.</source>
        <translation>{source}: se comprobó cada fila; no se escribió nada.</translation>
    </message>
    <message>
        <source>Recognised as a &lt;b&gt;{layout}&lt;/b&gt;.</source>
        <translation>Reconocido como &lt;b&gt;{layout}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>{layout} {outcome} Nothing is written until you press Import; Edit ▸ Undo removes it afterwards.</source>
        <translation>{layout} {outcome} No se escribe nada hasta que pulse Importar; Edición ▸ Deshacer lo retira después.</translation>
    </message>
    <message>
        <source>Columns as you matched them.</source>
        <translation>Columnas tal como usted las hizo corresponder.</translation>
    </message>
    <message>
        <source>Columns matched as last time for these columns.</source>
        <translation>Columnas hechas corresponder como la última vez para estas columnas.</translation>
    </message>
    <message>
        <source>Every column has a name MSF Desk knows.</source>
        <translation>Cada columna tiene un nombre que MSF Desk conoce.</translation>
    </message>
    <message>
        <source>Import contributions: check before importing</source>
        <translation>Importar contribuciones: revisar antes de importar</translation>
    </message>
    <message>
        <source>Importing {count:,} rows…</source>
        <translation>Importando {count:,} filas…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Importación cancelada: no se escribió nada.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Edit ▸ Undo removes what this import added or changed.</source>
        <translation>&lt;br&gt;Edición ▸ Deshacer retira lo que esta importación añadió o cambió.</translation>
    </message>
    <message>
        <source>Export the reasoned response</source>
        <translation>Exportar la respuesta razonada</translation>
    </message>
    <message>
        <source>The reasoned response</source>
        <translation>La respuesta razonada</translation>
    </message>
    <message>
        <source>Public: contributors named only with their consent</source>
        <translation>Público: personas nombradas solo con su consentimiento</translation>
    </message>
    <message>
        <source>Members: every name, marked where it must not be published</source>
        <translation>Miembros: todos los nombres, marcados cuando no deben publicarse</translation>
    </message>
    <message>
        <source>Open data .csv</source>
        <translation>Datos abiertos .csv</translation>
    </message>
    <message>
        <source>Open data .json</source>
        <translation>Datos abiertos .json</translation>
    </message>
    <message>
        <source>Open data has the public fields only, whichever version you choose.</source>
        <translation>Los datos abiertos contienen solo los campos públicos, sea cual sea la versión elegida.</translation>
    </message>
    <message>
        <source>Writing the reasoned response…</source>
        <translation>Escribiendo la respuesta razonada…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s): {files} — &lt;a href=&apos;{url}&apos;&gt;open the folder&lt;/a&gt;</source>
        <translation>
            <numerusform>Se escribió %n archivo: {files} — &lt;a href=&apos;{url}&apos;&gt;abrir la carpeta&lt;/a&gt;</numerusform>
            <numerusform>Se escribieron %n archivos: {files} — &lt;a href=&apos;{url}&apos;&gt;abrir la carpeta&lt;/a&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PAGES_STANDARDS_RECORDS</name>
    <message>
        <source>What the OGP standards look at beyond meetings, members and consultations. Changes here count in the check at once; each can be undone (Edit → Undo).</source>
        <translation>Lo que los estándares de OGP examinan más allá de reuniones, miembros y consultas. Los cambios aquí cuentan de inmediato en la comprobación; cada uno puede deshacerse (Edición → Deshacer).</translation>
    </message>
    <message>
        <source>OGP website</source>
        <translation>Sitio web de OGP</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>The address of the forum&apos;s OGP website or webpage</source>
        <translation>La dirección del sitio o página web de OGP del foro</translation>
    </message>
    <message>
        <source>Save the &amp;address</source>
        <translation>Guardar la &amp;dirección</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Action plans: co-creation, its timeline, implementation</source>
        <translation>Planes de acción: cocreación, su cronograma, implementación</translation>
    </message>
    <message>
        <source>Add an action plan…</source>
        <translation>Añadir un plan de acción…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Outreach and awareness activities</source>
        <translation>Actividades de difusión y sensibilización</translation>
    </message>
    <message>
        <source>Add an activity…</source>
        <translation>Añadir una actividad…</translation>
    </message>
    <message>
        <source>Process documents (published in the repository when marked so)</source>
        <translation>Documentos del proceso (publicados en el repositorio cuando se marcan así)</translation>
    </message>
    <message>
        <source>Add a document…</source>
        <translation>Añadir un documento…</translation>
    </message>
    <message>
        <source>Cannot record the address</source>
        <translation>No se puede registrar la dirección</translation>
    </message>
    <message>
        <source>OGP website recorded.</source>
        <translation>Sitio web de OGP registrado.</translation>
    </message>
    <message>
        <source>Cannot save the action plan</source>
        <translation>No se puede guardar el plan de acción</translation>
    </message>
    <message>
        <source>Cannot remove it</source>
        <translation>No se puede quitar</translation>
    </message>
    <message>
        <source>Cannot save the activity</source>
        <translation>No se puede guardar la actividad</translation>
    </message>
    <message>
        <source>Cannot add the document</source>
        <translation>No se puede añadir el documento</translation>
    </message>
    <message>
        <source>Cannot change the document</source>
        <translation>No se puede cambiar el documento</translation>
    </message>
    <message>
        <source>Cannot remove the document</source>
        <translation>No se puede quitar el documento</translation>
    </message>
    <message>
        <source>Removed “{title}”: the next repository export no longer publishes it (Edit → Undo puts it back).</source>
        <translation>Se quitó «{title}»: la próxima exportación del repositorio ya no lo publica (Edición → Deshacer lo devuelve).</translation>
    </message>
</context>
<context>
    <name>PAGES_TODAY</name>
    <message>
        <source>Reading what is due…</source>
        <translation>Leyendo los vencimientos…</translation>
    </message>
    <message>
        <source>A new forum, step by step: {done} of {total} done</source>
        <translation>Un foro nuevo, paso a paso: {done} de {total} hechos</translation>
    </message>
    <message>
        <source>Nothing is due or late today.</source>
        <translation>Hoy no hay nada pendiente ni atrasado.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to do, {late} late. Double-click a line to act on it.</source>
        <translation>
            <numerusform>%n tarea pendiente, {late} atrasadas. Haga doble clic en una línea para actuar.</numerusform>
            <numerusform>%n tareas pendientes, {late} atrasadas. Haga doble clic en una línea para actuar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SESSION</name>
    <message>
        <source>{name} is open read-only.</source>
        <translation>{name} está abierto en solo lectura.</translation>
    </message>
    <message>
        <source>{job} is still running and writes these records. Wait until it ends (or cancel it in the status bar), then try again. Nothing was changed.</source>
        <translation>{job} sigue en curso y escribe estos registros. Espere a que termine (o cancélelo en la barra de estado) y vuelva a intentarlo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>{read_only_reason} Nothing was changed.</source>
        <translation>{read_only_reason} No se cambió nada.</translation>
    </message>
    <message>
        <source>“{edit}” cannot be undone now: {job} is still running and writes these records. Wait until it ends (or cancel it in the status bar), then undo again. Nothing was changed.</source>
        <translation>«{edit}» no se puede deshacer ahora: {job} sigue en curso y escribe estos registros. Espere a que termine (o cancélelo en la barra de estado) y vuelva a deshacer. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>“{edit}” cannot be redone now: {job} is still running and writes these records. Wait until it ends (or cancel it in the status bar), then redo again. Nothing was changed.</source>
        <translation>«{edit}» no se puede rehacer ahora: {job} sigue en curso y escribe estos registros. Espere a que termine (o cancélelo en la barra de estado) y vuelva a rehacer. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>{job} is still running. Wait until it ends, then try again. Nothing was changed.</source>
        <translation>{job} sigue en curso. Espere a que termine y vuelva a intentarlo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Doing: {edit}…</source>
        <translation>En curso: {edit}…</translation>
    </message>
    <message>
        <source>Undoing: {edit}…</source>
        <translation>Deshaciendo: {edit}…</translation>
    </message>
    <message>
        <source>Redoing: {edit}…</source>
        <translation>Rehaciendo: {edit}…</translation>
    </message>
</context>
<context>
    <name>SHORTCUTS</name>
    <message>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
    <message>
        <source>Meetings page</source>
        <translation>Página Reuniones</translation>
    </message>
    <message>
        <source>Meetings page, agenda tab</source>
        <translation>Página Reuniones, pestaña del orden del día</translation>
    </message>
    <message>
        <source>Members page, in the table</source>
        <translation>Página Miembros, en la tabla</translation>
    </message>
    <message>
        <source>Minutes page</source>
        <translation>Página Actas</translation>
    </message>
    <message>
        <source>Minutes page, attendance list</source>
        <translation>Página Actas, lista de asistencia</translation>
    </message>
    <message>
        <source>In a date field</source>
        <translation>En un campo de fecha</translation>
    </message>
    <message>
        <source>New forum</source>
        <translation>Nuevo foro</translation>
    </message>
    <message>
        <source>Open a forum</source>
        <translation>Abrir un foro</translation>
    </message>
    <message>
        <source>Save a copy of the forum</source>
        <translation>Guardar una copia del foro</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Keyboard shortcuts (this list)</source>
        <translation>Atajos de teclado (esta lista)</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nueva reunión</translation>
    </message>
    <message>
        <source>Move the agenda item up</source>
        <translation>Subir el punto del orden del día</translation>
    </message>
    <message>
        <source>Move the agenda item down</source>
        <translation>Bajar el punto del orden del día</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Añadir un miembro</translation>
    </message>
    <message>
        <source>Remove the member entered by mistake</source>
        <translation>Quitar el miembro registrado por error</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>The current agenda item</source>
        <translation>El punto actual del orden del día</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Summary and amendments</source>
        <translation>Resumen y enmiendas</translation>
    </message>
    <message>
        <source>Next agenda item</source>
        <translation>Siguiente punto del orden del día</translation>
    </message>
    <message>
        <source>Previous agenda item</source>
        <translation>Punto anterior del orden del día</translation>
    </message>
    <message>
        <source>Add a decision to the current item</source>
        <translation>Añadir una decisión al punto actual</translation>
    </message>
    <message>
        <source>Add an action (also while typing the notes)</source>
        <translation>Añadir una acción (también mientras se escriben las notas)</translation>
    </message>
    <message>
        <source>Export the minutes</source>
        <translation>Exportar el acta</translation>
    </message>
    <message>
        <source>In person, then the next name</source>
        <translation>En persona, luego el nombre siguiente</translation>
    </message>
    <message>
        <source>Remote, then the next name</source>
        <translation>A distancia, luego el nombre siguiente</translation>
    </message>
    <message>
        <source>Apologies, then the next name</source>
        <translation>Excusado, luego el nombre siguiente</translation>
    </message>
    <message>
        <source>Absent, then the next name</source>
        <translation>Ausente, luego el nombre siguiente</translation>
    </message>
    <message>
        <source>Open the calendar (or F4)</source>
        <translation>Abrir el calendario (o F4)</translation>
    </message>
</context>
<context>
    <name>SIDEBAR</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Foro</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Actas</translation>
    </message>
    <message>
        <source>Ethics</source>
        <translation>Ética</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repositorio</translation>
    </message>
</context>
<context>
    <name>WIDGETS_BOARD_BOOK</name>
    <message>
        <source>What the forum should come away with, in a sentence or two</source>
        <translation>Lo que el foro debería obtener, en una o dos frases</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Printed at the top of the pack and the notice.</source>
        <translation>Se imprime al inicio del paquete y de la convocatoria.</translation>
    </message>
    <message>
        <source>Tabled: distributed at the meeting, not with the pack</source>
        <translation>Presentado en la reunión: se distribuye en la reunión, no con el paquete</translation>
    </message>
    <message>
        <source>A break (coffee, lunch): timed, with no number, paper or decision</source>
        <translation>Una pausa (café, almuerzo): cronometrada, sin número, documento ni decisión</translation>
    </message>
    <message>
        <source>Board book: bind the papers this audience may read into the PDF (PDF and, where LibreOffice is installed, Word papers; the others listed with the reason)</source>
        <translation>Cuadernillo: unir al PDF los documentos que este público puede leer (los PDF y, donde esté instalado LibreOffice, los de Word; los demás listados con el motivo)</translation>
    </message>
    <message>
        <source>Version {version}, of {day}</source>
        <translation>Versión {version}, del {day}</translation>
    </message>
</context>
<context>
    <name>WIDGETS_CONFLICTS</name>
    <message>
        <source>Note for the minutes (e.g. left the room for the item)</source>
        <translation>Nota para el acta (p. ej., salió de la sala durante el punto)</translation>
    </message>
    <message>
        <source>Record recusal</source>
        <translation>Registrar abstención por conflicto</translation>
    </message>
    <message>
        <source>Record waiver</source>
        <translation>Registrar dispensa</translation>
    </message>
    <message>
        <source>The co-chairs allowed the member to take part despite the interest.</source>
        <translation>Los copresidentes permitieron al miembro participar pese al interés.</translation>
    </message>
    <message>
        <source>Record declaration</source>
        <translation>Registrar declaración</translation>
    </message>
    <message>
        <source>The member declared the interest at the meeting.</source>
        <translation>El miembro declaró el interés en la reunión.</translation>
    </message>
    <message>
        <source>Reading the potential conflicts of interest…</source>
        <translation>Leyendo los posibles conflictos de intereses…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decisions flagged:&lt;/b&gt;&lt;ul style=&apos;margin-left:-20px&apos;&gt;{items}&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Decisiones señaladas:&lt;/b&gt;&lt;ul style=&apos;margin-left:-20px&apos;&gt;{items}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Choose a meeting to see potential conflicts of interest.</source>
        <translation>Elija una reunión para ver los posibles conflictos de intereses.</translation>
    </message>
    <message>
        <source>this item</source>
        <translation>este punto</translation>
    </message>
    <message>
        <source>this agenda</source>
        <translation>este orden del día</translation>
    </message>
    <message>
        <source>No potential conflict of interest on {where}, from the interests members have declared and the organisations and topics the items name.</source>
        <translation>No hay posibles conflictos de intereses en {where}, según los intereses declarados por los miembros y las organizaciones y temas que citan los puntos.</translation>
    </message>
    <message numerus="yes">
        <source>%n potential conflict(s) of interest on {where}</source>
        <translation>
            <numerusform>%n posible conflicto de intereses en {where}</numerusform>
            <numerusform>%n posibles conflictos de intereses en {where}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) flagged</source>
        <translation>
            <numerusform>%n decisión señalada</numerusform>
            <numerusform>%n decisiones señaladas</numerusform>
        </translation>
    </message>
    <message>
        <source>The minutes of this meeting are approved and locked.</source>
        <translation>El acta de esta reunión está aprobada y bloqueada.</translation>
    </message>
    <message>
        <source>Cannot record it</source>
        <translation>No se puede registrar</translation>
    </message>
</context>
<context>
    <name>WIDGETS_DASHBOARD_CHARTS</name>
    <message>
        <source>Forum meetings per quarter</source>
        <translation>Reuniones del foro por trimestre</translation>
    </message>
    <message>
        <source>held</source>
        <comment>meetings in a quarter</comment>
        <translation>celebradas</translation>
    </message>
    <message>
        <source>planned</source>
        <comment>meetings in a quarter</comment>
        <translation>previstas</translation>
    </message>
    <message>
        <source>target</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>Parity over time</source>
        <translation>Paridad a lo largo del tiempo</translation>
    </message>
    <message>
        <source>government</source>
        <translation>gobierno</translation>
    </message>
    <message>
        <source>non-government</source>
        <translation>no gubernamental</translation>
    </message>
    <message>
        <source>uneven</source>
        <translation>desequilibrio</translation>
    </message>
    <message>
        <source>Time to answer contributions</source>
        <translation>Tiempo de respuesta a las contribuciones</translation>
    </message>
    <message>
        <source>within the target</source>
        <translation>dentro del plazo</translation>
    </message>
    <message>
        <source>late</source>
        <translation>con retraso</translation>
    </message>
    <message>
        <source>working days to answer (target {response_target}); {open_overdue} overdue and open</source>
        <translation>días hábiles para responder (objetivo {response_target}); {open_overdue} vencidas y abiertas</translation>
    </message>
</context>
<context>
    <name>WIDGETS_DATES</name>
    <message>
        <source>Type the date as {format} or YYYY-MM-DD, or pick it from the calendar (the button at the right, or Alt+Down).</source>
        <translation>Escriba la fecha como {format} o AAAA-MM-DD, o elíjala en el calendario (el botón de la derecha, o Alt+Abajo).</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>Elegir una fecha</translation>
    </message>
</context>
<context>
    <name>WIDGETS_FOLDERS</name>
    <message>
        <source>Choose</source>
        <translation>Elegir</translation>
    </message>
</context>
<context>
    <name>WIDGETS_FORMS</name>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>WIDGETS_HOLIDAYS</name>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Feriado</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Feriados</translation>
    </message>
    <message>
        <source>Days the forum&apos;s offices are closed: the year planner proposes no meeting on them, and answers do not fall due on them.</source>
        <translation>Días en que las oficinas del foro están cerradas: el planificador anual no propone reuniones en ellos y ninguna respuesta vence esos días.</translation>
    </message>
    <message>
        <source>Name, e.g. Labour Day</source>
        <translation>Nombre, p. ej. Día del Trabajo</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Type the day, as {format}, or pick it from the calendar.</source>
        <translation>Escriba el día con el formato {format} o elíjalo en el calendario.</translation>
    </message>
</context>
<context>
    <name>WIDGETS_JOBS_BAR</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop this work; nothing is written</source>
        <translation>Detener este trabajo; no se escribe nada</translation>
    </message>
    <message>
        <source>{title}: cancelling…</source>
        <translation>{title}: cancelando…</translation>
    </message>
    <message>
        <source>{title}: writing {name} ({n} of {count})</source>
        <translation>{title}: escribiendo {name} ({n} de {count})</translation>
    </message>
    <message>
        <source>{title}: writing {name}</source>
        <translation>{title}: escribiendo {name}</translation>
    </message>
</context>
<context>
    <name>WIDGETS_PAPER_VERSIONS</name>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Came in</source>
        <translation>Recibida el</translation>
    </message>
    <message>
        <source>Replaced on</source>
        <translation>Sustituida el</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>{version} (current)</source>
        <translation>{version} (vigente)</translation>
    </message>
    <message>
        <source>still current</source>
        <translation>aún vigente</translation>
    </message>
    <message>
        <source>Versions circulated</source>
        <translation>Versiones distribuidas</translation>
    </message>
    <message>
        <source>Earlier versions stay in the forum&apos;s storage, as they were sent.</source>
        <translation>Las versiones anteriores se conservan en el almacenamiento del foro, tal como se enviaron.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>No program here opens {name}; it is stored at {path}.</source>
        <translation>Ningún programa de este equipo abre {name}; está guardado en {path}.</translation>
    </message>
</context>
<context>
    <name>WIDGETS_PARITY_CHART</name>
    <message>
        <source>{filled} of {target}</source>
        <translation>{filled} de {target}</translation>
    </message>
    <message>
        <source>Seats by side — {sides}. By sector — {sectors}.</source>
        <translation>Puestos por parte — {sides}. Por sector — {sectors}.</translation>
    </message>
    <message>
        <source>By side</source>
        <translation>Por parte</translation>
    </message>
    <message>
        <source>By sector</source>
        <translation>Por sector</translation>
    </message>
    <message>
        <source>No voting seats are filled.</source>
        <translation>No hay puestos con voto ocupados.</translation>
    </message>
</context>
<context>
    <name>WIDGETS_PARITY_PANEL</name>
    <message numerus="yes">
        <source>{filled} of %n seat(s) filled</source>
        <translation>
            <numerusform>{filled} de %n escaño ocupados</numerusform>
            <numerusform>{filled} de %n escaños ocupados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) filled</source>
        <translation>
            <numerusform>%n escaño ocupado</numerusform>
            <numerusform>%n escaños ocupados</numerusform>
        </translation>
    </message>
    <message>
        <source>Parity on</source>
        <translation>Paridad al</translation>
    </message>
    <message>
        <source>Look at the balance of seats on another date</source>
        <translation>Ver el equilibrio de puestos en otra fecha</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Government seats</source>
        <translation>Puestos de gobierno</translation>
    </message>
    <message>
        <source>Non-government seats</source>
        <translation>Puestos no gubernamentales</translation>
    </message>
    <message>
        <source>Coming changes</source>
        <translation>Próximos cambios</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Gobierno</translation>
    </message>
    <message>
        <source>Non-government</source>
        <translation>No gubernamental</translation>
    </message>
    <message>
        <source>How the balance moves as terms end and start over the next two years from {day}.</source>
        <translation>Cómo se mueve el equilibrio a medida que terminan y empiezan mandatos en los próximos dos años desde el {day}.</translation>
    </message>
    <message>
        <source>No seat changes hands in the next two years.</source>
        <translation>Ningún puesto cambia de titular en los próximos dos años.</translation>
    </message>
</context>
<context>
    <name>WIDGETS_ZONES</name>
    <message>
        <source>Type a city or region, e.g. Paris</source>
        <translation>Escriba una ciudad o región, p. ej., París</translation>
    </message>
    <message>
        <source>The time zone of the meeting&apos;s place; type part of its name to find it.</source>
        <translation>La zona horaria del lugar de la reunión; escriba parte de su nombre para encontrarla.</translation>
    </message>
</context>
<context>
    <name>WORDS</name>
    <message>
        <source>{day}, {start} to {end_day}, {end} ({zone})</source>
        <translation>{day}, {start} al {end_day}, {end} ({zone})</translation>
    </message>
    <message>
        <source>{day}, {start}–{end} ({zone})</source>
        <translation>{day}, {start}–{end} ({zone})</translation>
    </message>
    <message>
        <source>Monthly while the Action Plan is in development</source>
        <translation>Mensual mientras se elabora el Plan de Acción</translation>
    </message>
    <message numerus="yes">
        <source>At least every %n month(s)</source>
        <translation>
            <numerusform>Al menos cada %n mes</numerusform>
            <numerusform>Al menos cada %n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>members present</source>
        <translation>de los miembros presentes</translation>
    </message>
    <message>
        <source>all active members</source>
        <translation>de todos los miembros en ejercicio</translation>
    </message>
    <message>
        <source>Qualified majority ({fraction} of {base})</source>
        <translation>Mayoría calificada ({fraction} {base})</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>Majority</source>
        <translation>Mayoría</translation>
    </message>
    <message>
        <source>Mixed (consensus; vote by exception)</source>
        <translation>Mixta (consenso; votación por excepción)</translation>
    </message>
    <message>
        <source>The pack for “{title}” ({day}) has not been sent; the notice was due by {due}.</source>
        <translation>La documentación de «{title}» ({day}) no se ha enviado; la convocatoria debía enviarse a más tardar el {due}.</translation>
    </message>
    <message>
        <source>“{title}” ({day}) is past: record it as held, cancelled or postponed.</source>
        <translation>«{title}» ({day}) ya pasó: regístrela como celebrada, cancelada o aplazada.</translation>
    </message>
</context>
<context>
    <name>WORKERS</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
</TS>
