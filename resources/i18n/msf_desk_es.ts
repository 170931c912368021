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
    <name>PAGES_PLACEHOLDER</name>
    <message>
        <source>{page} is not yet available in this version of MSF Desk.</source>
        <translation>{page} aún no está disponible en esta versión de MSF Desk.</translation>
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
</TS>
