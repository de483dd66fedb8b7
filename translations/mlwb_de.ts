<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <source>The ML pipeline workbench</source>
        <translation>Die Werkbank für ML-Pipelines</translation>
    </message>
    <message>
        <source>Workspace folder to open.</source>
        <translation>Zu öffnender Arbeitsbereich-Ordner.</translation>
    </message>
    <message>
        <source>Pipeline file to open.</source>
        <translation>Zu öffnende Pipeline-Datei.</translation>
    </message>
    <message>
        <source>pipeline</source>
        <translation>pipeline</translation>
    </message>
    <message>
        <source>Save a screenshot after the first paint, then quit.</source>
        <translation>Nach dem ersten Zeichnen ein Bildschirmfoto speichern und beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Print the component, example and plugin folders, then quit.</source>
        <translation>Die Komponenten-, Beispiel- und Plugin-Ordner ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Quit with exit code 0 once the main window has been painted (checks an installation).</source>
        <translation>Mit Exit-Code 0 beenden, sobald das Hauptfenster gezeichnet wurde (prüft eine Installation).</translation>
    </message>
</context>
<context>
    <name>mlwb</name>
    <message>
        <source>Shows a KFP v1 component file's interface.</source>
        <translation>Zeigt die Schnittstelle einer KFP-v1-Komponentendatei.</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Ein JSON-Dokument ausgeben.</translation>
    </message>
    <message>
        <source>component.yaml to read</source>
        <translation>zu lesende component.yaml</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Implementation: %1%2</source>
        <translation>Implementierung: %1%2</translation>
    </message>
    <message numerus="yes">
        <source> (%n task(s))</source>
        <translation>
            <numerusform> (%n Task)</numerusform>
            <numerusform> (%n Tasks)</numerusform>
        </translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Beschreibung: %1</translation>
    </message>
    <message>
        <source>Inputs:</source>
        <translation>Eingänge:</translation>
    </message>
    <message>
        <source> = %1</source>
        <translation> = %1</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <source>Outputs:</source>
        <translation>Ausgänge:</translation>
    </message>
    <message>
        <source>Resolves a container component's command line with KFP v1 rules. Inputs not given take their default; optional inputs without a value are left out.</source>
        <translation>Löst die Befehlszeile einer Container-Komponente nach KFP-v1-Regeln auf. Nicht angegebene Eingänge erhalten ihren Standardwert; optionale Eingänge ohne Wert entfallen.</translation>
    </message>
    <message>
        <source>An input value (repeatable).</source>
        <translation>Ein Eingabewert (wiederholbar).</translation>
    </message>
    <message>
        <source>An input passed as a file, without a value (repeatable).</source>
        <translation>Ein als Datei übergebener Eingang ohne Wert (wiederholbar).</translation>
    </message>
    <message>
        <source>--arg expects NAME=VALUE, got '%1'</source>
        <translation>--arg erwartet NAME=WERT, erhalten: '%1'</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>Container-Image: %1</translation>
    </message>
    <message>
        <source>input %1 -&gt; %2</source>
        <translation>Eingang %1 -&gt; %2</translation>
    </message>
    <message>
        <source>output %1 -&gt; %2</source>
        <translation>Ausgang %1 -&gt; %2</translation>
    </message>
    <message>
        <source>Compares two versions of a pipeline: tasks added, removed and changed (field by field), edges and parameters. A revision is a commit, branch, tag, HEAD~N or WORKTREE (the file as it is now).</source>
        <translation>Vergleicht zwei Versionen einer Pipeline: hinzugefügte, entfernte und geänderte Tasks (Feld für Feld), Kanten und Parameter. Eine Revision ist ein Commit, Branch, Tag, HEAD~N oder WORKTREE (die Datei im aktuellen Zustand).</translation>
    </message>
    <message>
        <source>old revision</source>
        <translation>alte Revision</translation>
    </message>
    <message>
        <source>new revision</source>
        <translation>neue Revision</translation>
    </message>
    <message>
        <source>pipeline file</source>
        <translation>Pipeline-Datei</translation>
    </message>
    <message>
        <source>Work in the repository containing DIR (default: the current folder); PIPELINE is then relative to DIR.</source>
        <translation>Im Repository arbeiten, das DIR enthält (Standard: aktueller Ordner); PIPELINE ist dann relativ zu DIR.</translation>
    </message>
    <message>
        <source>Do not report tasks that only moved on the canvas.</source>
        <translation>Tasks, die nur auf der Arbeitsfläche verschoben wurden, nicht melden.</translation>
    </message>
    <message>
        <source>The Argo exporter plugin is not available (searched: %1).%2</source>
        <translation>Das Argo-Export-Plugin ist nicht verfügbar (gesucht: %1).%2</translation>
    </message>
    <message>
        <source>Export a pipeline for Kubeflow Pipelines (ZIP package or v2 IR) or Argo Workflows.</source>
        <translation>Eine Pipeline für Kubeflow Pipelines (ZIP-Paket oder v2-IR) oder Argo Workflows exportieren.</translation>
    </message>
    <message>
        <source>Pipeline file (KFP v1 graph component YAML).</source>
        <translation>Pipeline-Datei (KFP-v1-Graph-Komponente, YAML).</translation>
    </message>
    <message>
        <source>Write a package: KFP pipeline.yaml plus the mlwb sources.</source>
        <translation>Ein Paket schreiben: KFP-pipeline.yaml plus die mlwb-Quellen.</translation>
    </message>
    <message>
        <source>Write only the compiled KFP v2 IR YAML.</source>
        <translation>Nur das kompilierte KFP-v2-IR-YAML schreiben.</translation>
    </message>
    <message>
        <source>Write an Argo Workflow (through the Argo exporter plugin).</source>
        <translation>Einen Argo-Workflow schreiben (über das Argo-Export-Plugin).</translation>
    </message>
    <message>
        <source>export: give exactly one of --zip, --ir, --argo</source>
        <translation>export: genau eine von --zip, --ir, --argo angeben</translation>
    </message>
    <message>
        <source>Import a pipeline package (mlwb ZIP, KFP ZIP or KFP v2 IR YAML) into a folder; prints the pipeline file.</source>
        <translation>Ein Pipeline-Paket (mlwb-ZIP, KFP-ZIP oder KFP-v2-IR-YAML) in einen Ordner importieren; gibt die Pipeline-Datei aus.</translation>
    </message>
    <message>
        <source>Package: .zip, .yaml, .yml or .json.</source>
        <translation>Paket: .zip, .yaml, .yml oder .json.</translation>
    </message>
    <message>
        <source>Folder to write the pipeline into (created if needed).</source>
        <translation>Zielordner für die Pipeline (wird bei Bedarf angelegt).</translation>
    </message>
    <message>
        <source>import: --into DIR is required</source>
        <translation>import: --into DIR ist erforderlich</translation>
    </message>
    <message>
        <source>Check a pipeline file and list every problem.</source>
        <translation>Eine Pipeline-Datei prüfen und jedes Problem auflisten.</translation>
    </message>
    <message>
        <source>Print the diagnostics as a JSON array.</source>
        <translation>Die Diagnosen als JSON-Array ausgeben.</translation>
    </message>
    <message>
        <source>Arrange the tasks of a pipeline with Graphviz dot (left to right).</source>
        <translation>Die Tasks einer Pipeline mit Graphviz dot anordnen (von links nach rechts).</translation>
    </message>
    <message>
        <source>Print the positions as JSON.</source>
        <translation>Die Positionen als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Store the new positions in the file.</source>
        <translation>Die neuen Positionen in der Datei speichern.</translation>
    </message>
    <message>
        <source>Cannot lay out %1: %2</source>
        <translation>%1 kann nicht angeordnet werden: %2</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Arrange a pipeline's tasks (print or --write positions).</source>
        <translation>Die Tasks einer Pipeline anordnen (Positionen ausgeben oder mit --write speichern).</translation>
    </message>
    <message>
        <source>Re-runs a recorded run from the git commit it was made from (with the same parameters, without the cache) and compares every output byte by byte. Exit 0 when all outputs are identical, 1 otherwise.</source>
        <translation>Führt einen aufgezeichneten Lauf ab seinem Git-Commit erneut aus (gleiche Parameter, ohne Cache) und vergleicht jede Ausgabe Byte für Byte. Exit-Code 0, wenn alle Ausgaben identisch sind, sonst 1.</translation>
    </message>
    <message>
        <source>The run to reproduce.</source>
        <translation>Der zu reproduzierende Lauf.</translation>
    </message>
    <message>
        <source>Workspace folder (default: .).</source>
        <translation>Arbeitsbereich-Ordner (Standard: .).</translation>
    </message>
    <message>
        <source>docker, process or auto (default: auto).</source>
        <translation>docker, process oder auto (Standard: auto).</translation>
    </message>
    <message>
        <source>docker (default), podman or a path.</source>
        <translation>docker (Standard), podman oder ein Pfad.</translation>
    </message>
    <message>
        <source>Reproduce a run made from uncommitted changes (re-runs the commit).</source>
        <translation>Einen Lauf mit nicht committeten Änderungen reproduzieren (führt den Commit erneut aus).</translation>
    </message>
    <message>
        <source>Go on when data files changed since the run's commit.</source>
        <translation>Fortfahren, auch wenn sich Datendateien seit dem Commit des Laufs geändert haben.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Reproduced run %1 as run %2 (commit %3): %4</source>
        <translation>Lauf %1 als Lauf %2 reproduziert (Commit %3): %4</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>identisch</translation>
    </message>
    <message>
        <source>DIFFERS</source>
        <translation>ABWEICHEND</translation>
    </message>
    <message>
        <source>All outputs are byte-identical.</source>
        <translation>Alle Ausgaben sind byte-identisch.</translation>
    </message>
    <message>
        <source>The run was NOT reproduced exactly.</source>
        <translation>Der Lauf wurde NICHT exakt reproduziert.</translation>
    </message>
    <message>
        <source>Run a pipeline locally (Docker, or the process runner).</source>
        <translation>Eine Pipeline lokal ausführen (Docker oder Prozess-Runner).</translation>
    </message>
    <message>
        <source>Pipeline file.</source>
        <translation>Pipeline-Datei.</translation>
    </message>
    <message>
        <source>Workspace folder (default: .); runs go to DIR/.mlwb/runs.</source>
        <translation>Arbeitsbereich-Ordner (Standard: .); Läufe landen in DIR/.mlwb/runs.</translation>
    </message>
    <message>
        <source>A pipeline parameter (repeatable).</source>
        <translation>Ein Pipeline-Parameter (wiederholbar).</translation>
    </message>
    <message>
        <source>Steps running at once (default: CPU count).</source>
        <translation>Gleichzeitig laufende Schritte (Standard: Anzahl CPUs).</translation>
    </message>
    <message>
        <source>Re-run from this task (with --reuse).</source>
        <translation>Ab diesem Task erneut ausführen (mit --reuse).</translation>
    </message>
    <message>
        <source>Run whose outputs the other tasks reuse.</source>
        <translation>Lauf, dessen Ausgaben die übrigen Tasks wiederverwenden.</translation>
    </message>
    <message>
        <source>Pass this environment variable to the steps as a secret (repeatable).</source>
        <translation>Diese Umgebungsvariable als Secret an die Schritte übergeben (wiederholbar).</translation>
    </message>
    <message>
        <source>Run every step even when cached.</source>
        <translation>Jeden Schritt ausführen, auch wenn er im Cache liegt.</translation>
    </message>
    <message>
        <source>Use this run id.</source>
        <translation>Diese Lauf-ID verwenden.</translation>
    </message>
    <message>
        <source>Stream step output to stderr.</source>
        <translation>Ausgabe der Schritte nach stderr streamen.</translation>
    </message>
    <message>
        <source>--from and --reuse go together</source>
        <translation>--from und --reuse gehören zusammen</translation>
    </message>
    <message>
        <source>--max-parallel needs a positive number</source>
        <translation>--max-parallel braucht eine positive Zahl</translation>
    </message>
    <message>
        <source>--param needs NAME=VALUE, not '%1'</source>
        <translation>--param braucht NAME=WERT, nicht '%1'</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>Interrupted: cancelling the run...</source>
        <translation>Unterbrochen: Lauf wird abgebrochen...</translation>
    </message>
    <message>
        <source>	%1 attempts</source>
        <translation>	%1 Versuche</translation>
    </message>
    <message>
        <source>Run %1 %2 (%3)</source>
        <translation>Lauf %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Remove containers of runs that no longer run and mark those runs interrupted.</source>
        <translation>Container nicht mehr laufender Läufe entfernen und diese Läufe als unterbrochen markieren.</translation>
    </message>
    <message>
        <source>containers not checked: %1</source>
        <translation>Container nicht geprüft: %1</translation>
    </message>
    <message>
        <source>run %1 marked interrupted</source>
        <translation>Lauf %1 als unterbrochen markiert</translation>
    </message>
    <message>
        <source>container %1 removed</source>
        <translation>Container %1 entfernt</translation>
    </message>
    <message>
        <source>run %1 is still running; left alone</source>
        <translation>Lauf %1 läuft noch; unverändert gelassen</translation>
    </message>
    <message>
        <source>nothing to clean up</source>
        <translation>nichts aufzuräumen</translation>
    </message>
    <message>
        <source>Work in the repository containing DIR (default: the current folder); relative paths are then relative to DIR.</source>
        <translation>Im Repository arbeiten, das DIR enthält (Standard: aktueller Ordner); relative Pfade beziehen sich dann auf DIR.</translation>
    </message>
    <message>
        <source>Creates a git repository with mlwb's .gitignore (run data and data/ stay out of git).</source>
        <translation>Legt ein Git-Repository mit der .gitignore von mlwb an (Laufdaten und data/ bleiben außerhalb von Git).</translation>
    </message>
    <message>
        <source>folder (default: the current one)</source>
        <translation>Ordner (Standard: der aktuelle)</translation>
    </message>
    <message>
        <source>Initialised a git repository in %1</source>
        <translation>Git-Repository in %1 angelegt</translation>
    </message>
    <message>
        <source>Lists changed pipelines, dataset manifests, .dvc and component files.</source>
        <translation>Listet geänderte Pipelines, Datensatz-Manifeste, .dvc- und Komponentendateien.</translation>
    </message>
    <message>
        <source>List every changed file, not only manifests.</source>
        <translation>Jede geänderte Datei auflisten, nicht nur Manifeste.</translation>
    </message>
    <message>
        <source>Commits exactly the given files (like git commit -- FILE...).</source>
        <translation>Committet genau die angegebenen Dateien (wie git commit -- DATEI...).</translation>
    </message>
    <message>
        <source>Commit message.</source>
        <translation>Commit-Nachricht.</translation>
    </message>
    <message>
        <source>Author "Name &lt;email&gt;" when git's user.name/user.email are not set.</source>
        <translation>Autor "Name &lt;email&gt;", wenn user.name/user.email in Git nicht gesetzt sind.</translation>
    </message>
    <message>
        <source>files to commit</source>
        <translation>zu committende Dateien</translation>
    </message>
    <message>
        <source>commit needs a message: -m MSG</source>
        <translation>commit braucht eine Nachricht: -m MSG</translation>
    </message>
    <message>
        <source>--author must look like "Name &lt;email&gt;"</source>
        <translation>--author muss die Form "Name &lt;email&gt;" haben</translation>
    </message>
    <message>
        <source>Commits that changed FILE, newest first (first-parent history).</source>
        <translation>Commits, die DATEI geändert haben, neueste zuerst (First-Parent-Verlauf).</translation>
    </message>
    <message>
        <source>At most N commits.</source>
        <translation>Höchstens N Commits.</translation>
    </message>
    <message>
        <source>file in the repository</source>
        <translation>Datei im Repository</translation>
    </message>
    <message>
        <source>--limit needs a number</source>
        <translation>--limit braucht eine Zahl</translation>
    </message>
    <message>
        <source>Writes PATH.dataset.yaml (md5/size as DVC 3 computes them, table profile for CSV/TSV) and lists PATH in .gitignore when git would track it.</source>
        <translation>Schreibt PFAD.dataset.yaml (md5/Größe wie von DVC 3 berechnet, Tabellenprofil für CSV/TSV) und trägt PFAD in .gitignore ein, wenn Git ihn verfolgen würde.</translation>
    </message>
    <message>
        <source>What the data is.</source>
        <translation>Was die Daten sind.</translation>
    </message>
    <message>
        <source>Where it came from.</source>
        <translation>Woher sie stammen.</translation>
    </message>
    <message>
        <source>Also write PATH.dvc for DVC.</source>
        <translation>Zusätzlich PFAD.dvc für DVC schreiben.</translation>
    </message>
    <message>
        <source>data file or folder</source>
        <translation>Datendatei oder -ordner</translation>
    </message>
    <message>
        <source># %1</source>
        <translation># %1</translation>
    </message>
    <message>
        <source># added %1 to .gitignore</source>
        <translation># %1 zu .gitignore hinzugefügt</translation>
    </message>
    <message>
        <source>NAME.dataset.yaml</source>
        <translation>NAME.dataset.yaml</translation>
    </message>
    <message>
        <source>missing: %1 does not exist</source>
        <translation>fehlt: %1 existiert nicht</translation>
    </message>
    <message>
        <source>changed: %1 (%2)</source>
        <translation>geändert: %1 (%2)</translation>
    </message>
    <message>
        <source>unchanged: %1</source>
        <translation>unverändert: %1</translation>
    </message>
    <message>
        <source>Compares a dataset manifest at two revisions (REV may be WORKTREE).</source>
        <translation>Vergleicht ein Datensatz-Manifest in zwei Revisionen (REV darf WORKTREE sein).</translation>
    </message>
    <message>
        <source>older revision</source>
        <translation>ältere Revision</translation>
    </message>
    <message>
        <source>newer revision</source>
        <translation>neuere Revision</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>keine Änderungen</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>geändert: %1</translation>
    </message>
    <message>
        <source>rows: %1 -&gt; %2</source>
        <translation>Zeilen: %1 -&gt; %2</translation>
    </message>
    <message>
        <source>+ column %1</source>
        <translation>+ Spalte %1</translation>
    </message>
    <message>
        <source>- column %1</source>
        <translation>- Spalte %1</translation>
    </message>
    <message>
        <source>~ column %1: %2 -&gt; %3</source>
        <translation>~ Spalte %1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>Create a git repository for a workspace.</source>
        <translation>Ein Git-Repository für einen Arbeitsbereich anlegen.</translation>
    </message>
    <message>
        <source>Changed manifests in the repository.</source>
        <translation>Geänderte Manifeste im Repository.</translation>
    </message>
    <message>
        <source>Commit files with a message.</source>
        <translation>Dateien mit einer Nachricht committen.</translation>
    </message>
    <message>
        <source>Commits that changed a file.</source>
        <translation>Commits, die eine Datei geändert haben.</translation>
    </message>
    <message>
        <source>Describe a data file/folder in a manifest.</source>
        <translation>Eine Datendatei bzw. einen Datenordner in einem Manifest beschreiben.</translation>
    </message>
    <message>
        <source>Compare a dataset at two revisions.</source>
        <translation>Einen Datensatz in zwei Revisionen vergleichen.</translation>
    </message>
    <message>
        <source>File not found: %1</source>
        <translation>Datei nicht gefunden: %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB; the limit is %3 MB)</source>
        <translation>%1 ist zu groß (%2 MB; die Grenze ist %3 MB)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 ist zu groß</translation>
    </message>
    <message>
        <source>The %1 %2 is empty</source>
        <translation>%1 %2 ist leer</translation>
    </message>
    <message>
        <source>The %1 %2 is a binary file, not YAML text</source>
        <translation>%1 %2 ist eine Binärdatei, kein YAML-Text</translation>
    </message>
    <message>
        <source>The %1 %2 is not valid UTF-8 text</source>
        <translation>%1 %2 ist kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1 line %2 is not "&lt;sha256&gt;  &lt;name&gt;".</source>
        <translation>%1 Zeile %2 hat nicht die Form "&lt;sha256&gt;  &lt;name&gt;".</translation>
    </message>
    <message>
        <source>%1 lists "%2" twice (line %3).</source>
        <translation>%1 führt „%2“ doppelt auf (Zeile %3).</translation>
    </message>
    <message>
        <source>"%1" is missing</source>
        <translation>„%1“ fehlt</translation>
    </message>
    <message>
        <source>"%1" has been modified (checksum mismatch)</source>
        <translation>„%1“ wurde verändert (Prüfsumme stimmt nicht)</translation>
    </message>
    <message>
        <source>"%1" is not listed in %2</source>
        <translation>„%1“ ist nicht in %2 aufgeführt</translation>
    </message>
    <message>
        <source>The package does not match its %1: %2.</source>
        <translation>Das Paket passt nicht zu seiner %1: %2.</translation>
    </message>
    <message>
        <source>Task "%1" has no component (%2); fix it before exporting.</source>
        <translation>Task „%1“ hat keine Komponente (%2); vor dem Export beheben.</translation>
    </message>
    <message>
        <source>Task "%1" uses a graph component; KFP export supports container components only.</source>
        <translation>Task „%1“ verwendet eine Graph-Komponente; der KFP-Export unterstützt nur Container-Komponenten.</translation>
    </message>
    <message>
        <source>The default of input "%1" of "%2" is not a %3; it is exported as text.</source>
        <translation>Der Standardwert von Eingang „%1“ von „%2“ ist kein %3; er wird als Text exportiert.</translation>
    </message>
    <message>
        <source>Task "%1": %2</source>
        <translation>Task „%1“: %2</translation>
    </message>
    <message>
        <source>Task "%1", variable %2: %3</source>
        <translation>Task „%1“, Variable %2: %3</translation>
    </message>
    <message>
        <source>Environment variable %1 of "%2" uses a placeholder; KFP does not resolve placeholders in env values.</source>
        <translation>Umgebungsvariable %1 von „%2“ verwendet einen Platzhalter; KFP löst Platzhalter in env-Werten nicht auf.</translation>
    </message>
    <message>
        <source>"%1" declares fileOutputs, which KFP v2 does not support; they are left out.</source>
        <translation>„%1“ deklariert fileOutputs, die KFP v2 nicht unterstützt; sie werden weggelassen.</translation>
    </message>
    <message>
        <source>The pipeline cannot be compiled for Kubeflow Pipelines: %1</source>
        <translation>Die Pipeline kann nicht für Kubeflow Pipelines kompiliert werden: %1</translation>
    </message>
    <message>
        <source>The run condition of "%1" compares a number with "%2"; it is compared as text.</source>
        <translation>Die Ausführungsbedingung von „%1“ vergleicht eine Zahl mit „%2“; es wird als Text verglichen.</translation>
    </message>
    <message>
        <source>Dataset %1 is a local file; set the pipeline parameter %2 to its URI (gs://, s3://, minio://...) when you start a run on Kubeflow.</source>
        <translation>Datensatz %1 ist eine lokale Datei; beim Start eines Laufs auf Kubeflow den Pipeline-Parameter %2 auf ihre URI (gs://, s3://, minio://...) setzen.</translation>
    </message>
    <message>
        <source>URI of the data of dataset manifest %1</source>
        <translation>URI der Daten des Datensatz-Manifests %1</translation>
    </message>
    <message>
        <source>Input "%1" of task "%2" has no value.</source>
        <translation>Eingang „%1“ von Task „%2“ hat keinen Wert.</translation>
    </message>
    <message>
        <source>Task "%1" passes a constant to "%2", which the component reads as a file; KFP v2 passes files only between tasks (use a dataset or an upstream task).</source>
        <translation>Task „%1“ übergibt eine Konstante an „%2“, das die Komponente als Datei liest; KFP v2 übergibt Dateien nur zwischen Tasks (einen Datensatz oder vorgelagerten Task verwenden).</translation>
    </message>
    <message>
        <source>The value of "%1" of task "%2" is not a %3; it is passed as text.</source>
        <translation>Der Wert von „%1“ in Task „%2“ ist kein %3; er wird als Text übergeben.</translation>
    </message>
    <message>
        <source>Task "%1" uses the unknown pipeline parameter "%2".</source>
        <translation>Task „%1“ verwendet den unbekannten Pipeline-Parameter „%2“.</translation>
    </message>
    <message>
        <source>Task "%1" passes pipeline parameter "%2" to "%3", which the component reads as a file; KFP v2 cannot do that.</source>
        <translation>Task „%1“ übergibt Pipeline-Parameter „%2“ an „%3“, das die Komponente als Datei liest; das kann KFP v2 nicht.</translation>
    </message>
    <message>
        <source>Task "%1" reads "%2" of "%3", which does not exist.</source>
        <translation>Task „%1“ liest „%2“ von „%3“, das nicht existiert.</translation>
    </message>
    <message>
        <source>Output "%1" of "%2" is read as a file by one task and as a value by "%3"; KFP v2 cannot pass one output both ways.</source>
        <translation>Ausgang „%1“ von „%2“ wird von einem Task als Datei und von „%3“ als Wert gelesen; KFP v2 kann einen Ausgang nicht auf beide Arten übergeben.</translation>
    </message>
    <message>
        <source>Task "%1" reads dataset %2 as a value; on Kubeflow it receives the data's URI.</source>
        <translation>Task „%1“ liest Datensatz %2 als Wert; auf Kubeflow erhält er die URI der Daten.</translation>
    </message>
    <message>
        <source>Task "%1" sets "%2", which its component does not have; it is left out.</source>
        <translation>Task „%1“ setzt „%2“, das seine Komponente nicht hat; es wird weggelassen.</translation>
    </message>
    <message>
        <source>Task "%1" runs after the unknown task "%2".</source>
        <translation>Task „%1“ läuft nach dem unbekannten Task „%2“.</translation>
    </message>
    <message>
        <source>The run condition of "%1" uses the unknown task "%2".</source>
        <translation>Die Ausführungsbedingung von „%1“ verwendet den unbekannten Task „%2“.</translation>
    </message>
    <message>
        <source>The run condition of "%1" has no KFP v2 form and is left out.</source>
        <translation>Die Ausführungsbedingung von „%1“ hat keine KFP-v2-Form und wird weggelassen.</translation>
    </message>
    <message>
        <source>The timeout of "%1" has no KFP v2 form and is left out.</source>
        <translation>Das Zeitlimit von „%1“ hat keine KFP-v2-Form und wird weggelassen.</translation>
    </message>
    <message>
        <source>Pipeline output "%1" is not connected to a task output; it is left out.</source>
        <translation>Pipeline-Ausgang „%1“ ist mit keinem Task-Ausgang verbunden; er wird weggelassen.</translation>
    </message>
    <message>
        <source>Input "%1" of task "%2" comes from "%3" inside a group (e.g. a ParallelFor loop item); it is left unbound.</source>
        <translation>Eingang „%1“ von Task „%2“ stammt aus „%3“ innerhalb einer Gruppe (z. B. ParallelFor-Element); er bleibt ungebunden.</translation>
    </message>
    <message>
        <source>Input "%1" of task "%2" comes from "%3", which was not imported; it is left unbound.</source>
        <translation>Eingang „%1“ von Task „%2“ stammt aus „%3“, das nicht importiert wurde; er bleibt ungebunden.</translation>
    </message>
    <message>
        <source>Input "%1" of task "%2" comes from the output of group "%3"; it is left unbound.</source>
        <translation>Eingang „%1“ von Task „%2“ stammt aus dem Ausgang der Gruppe „%3“; er bleibt ungebunden.</translation>
    </message>
    <message>
        <source>Input "%1" of task "%2" selects part of a value (%3); the whole value is used.</source>
        <translation>Eingang „%1“ von Task „%2“ wählt einen Teil eines Werts (%3); der ganze Wert wird verwendet.</translation>
    </message>
    <message>
        <source>Input "%1" of task "%2" receives a task's final status (exit handler); it is left unbound.</source>
        <translation>Eingang „%1“ von Task „%2“ erhält den Endstatus eines Tasks (Exit-Handler); er bleibt ungebunden.</translation>
    </message>
    <message>
        <source>Input "%1" of task "%2" has a form mlwb does not know; it is left unbound.</source>
        <translation>Eingang „%1“ von Task „%2“ hat eine Form, die mlwb nicht kennt; er bleibt ungebunden.</translation>
    </message>
    <message>
        <source>The condition "%1" of "%2" cannot be represented; the task runs unconditionally.</source>
        <translation>Die Bedingung „%1“ von „%2“ ist nicht darstellbar; der Task läuft bedingungslos.</translation>
    </message>
    <message>
        <source>Task "%1" uses %2 (%3); mlwb runs container tasks only, so it is left out.</source>
        <translation>Task „%1“ verwendet %2 (%3); mlwb führt nur Container-Tasks aus, daher wird er weggelassen.</translation>
    </message>
    <message>
        <source>Container field "%1" of %2 is not supported and is left out.</source>
        <translation>Container-Feld „%1“ von %2 wird nicht unterstützt und weggelassen.</translation>
    </message>
    <message>
        <source>%1 uses %2, which only the KFP launcher resolves ({{$}} is the executor input of lightweight Python components); kept as written, the task runs only on Kubeflow.</source>
        <translation>%1 verwendet %2, das nur der KFP-Launcher auflöst ({{$}} ist der Executor-Input leichtgewichtiger Python-Komponenten); unverändert übernommen läuft der Task nur auf Kubeflow.</translation>
    </message>
    <message>
        <source>"%1" is inside several conditions; only the innermost one is kept.</source>
        <translation>„%1“ steht in mehreren Bedingungen; nur die innerste bleibt erhalten.</translation>
    </message>
    <message>
        <source>"%1" runs with strategy %2 (exit handler); mlwb runs it only after its dependencies succeed.</source>
        <translation>„%1“ läuft mit Strategie %2 (Exit-Handler); mlwb führt ihn erst nach erfolgreichen Abhängigkeiten aus.</translation>
    </message>
    <message>
        <source>"%1" is a ParallelFor loop; its tasks are imported once, not once per item.</source>
        <translation>„%1“ ist eine ParallelFor-Schleife; ihre Tasks werden einmal importiert, nicht einmal pro Element.</translation>
    </message>
    <message>
        <source>Groups nested too deep under "%1" are left out.</source>
        <translation>Zu tief verschachtelte Gruppen unter „%1“ werden weggelassen.</translation>
    </message>
    <message>
        <source>Group "%1" (a sub-DAG: condition, loop or exit handler) is flattened: its tasks become pipeline tasks.</source>
        <translation>Gruppe „%1“ (ein Sub-DAG: Bedingung, Schleife oder Exit-Handler) wird aufgelöst: ihre Tasks werden Pipeline-Tasks.</translation>
    </message>
    <message>
        <source>The custom cache key of "%1" is left out.</source>
        <translation>Der eigene Cache-Schlüssel von „%1“ wird weggelassen.</translation>
    </message>
    <message>
        <source>The backoff factor / maximum of "%1" are left out (mlwb retries with a fixed delay).</source>
        <translation>Backoff-Faktor / -Maximum von „%1“ werden weggelassen (mlwb wiederholt mit fester Verzögerung).</translation>
    </message>
    <message>
        <source>The KFP pipeline has no root DAG.</source>
        <translation>Die KFP-Pipeline hat keinen Root-DAG.</translation>
    </message>
    <message>
        <source>Pipeline input artifact "%1" becomes a pipeline parameter (set it to a file path to run locally).</source>
        <translation>Pipeline-Eingabeartefakt „%1“ wird zum Pipeline-Parameter (für lokale Läufe auf einen Dateipfad setzen).</translation>
    </message>
    <message>
        <source>Pipeline output "%1" comes from a group or several alternatives; it is left unconnected.</source>
        <translation>Pipeline-Ausgang „%1“ stammt aus einer Gruppe oder mehreren Alternativen; er bleibt unverbunden.</translation>
    </message>
    <message>
        <source>The default pipeline root is left out.</source>
        <translation>Der Standard-Pipeline-Root wird weggelassen.</translation>
    </message>
    <message>
        <source>%1 is not a KFP v2 pipeline (no document has pipelineInfo and root).</source>
        <translation>%1 ist keine KFP-v2-Pipeline (kein Dokument hat pipelineInfo und root).</translation>
    </message>
    <message>
        <source>The platform-specific settings (second YAML document: Kubernetes volumes, secrets...) are left out.</source>
        <translation>Die plattformspezifischen Einstellungen (zweites YAML-Dokument: Kubernetes-Volumes, Secrets...) werden weggelassen.</translation>
    </message>
    <message>
        <source>Cannot add %1 to the package: %2</source>
        <translation>%1 kann nicht zum Paket hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>Cannot import into %1: %2 already exists (import into an empty folder).</source>
        <translation>Import nach %1 nicht möglich: %2 existiert bereits (in einen leeren Ordner importieren).</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>Der Ordner von %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The package is damaged or was modified: %1</source>
        <translation>Das Paket ist beschädigt oder wurde verändert: %1</translation>
    </message>
    <message>
        <source>The package holds two pipelines (%1 and %2).</source>
        <translation>Das Paket enthält zwei Pipelines (%1 und %2).</translation>
    </message>
    <message>
        <source>The package has mlwb/SHA256SUMS but no mlwb/&lt;name&gt;.pipeline.yaml.</source>
        <translation>Das Paket hat mlwb/SHA256SUMS, aber keine mlwb/&lt;name&gt;.pipeline.yaml.</translation>
    </message>
    <message>
        <source>Cannot open %1: no such file.</source>
        <translation>%1 kann nicht geöffnet werden: Datei existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is a .tar.gz package; unpack it and import its pipeline.yaml.</source>
        <translation>%1 ist ein .tar.gz-Paket; entpacken und die enthaltene pipeline.yaml importieren.</translation>
    </message>
    <message>
        <source>Unexpected pipeline file format in %1. Supported: .zip, .yaml, .yml, .json.</source>
        <translation>Unerwartetes Pipeline-Dateiformat in %1. Unterstützt: .zip, .yaml, .yml, .json.</translation>
    </message>
    <message>
        <source>%1 is an empty archive.</source>
        <translation>%1 ist ein leeres Archiv.</translation>
    </message>
    <message>
        <source>Expecting a pipeline.yaml file inside %1 (its first member is %2).</source>
        <translation>In %1 wird eine pipeline.yaml erwartet (der erste Eintrag ist %2).</translation>
    </message>
    <message>
        <source>"%1" is damaged: %2.</source>
        <translation>„%1“ ist beschädigt: %2.</translation>
    </message>
    <message>
        <source>"%1" is damaged at member "%2": %3.</source>
        <translation>„%1“ ist beim Eintrag „%2“ beschädigt: %3.</translation>
    </message>
    <message>
        <source>Refusing "%1": member "%2" %3.</source>
        <translation>„%1“ abgelehnt: Eintrag „%2“ %3.</translation>
    </message>
    <message>
        <source>"%1" is not a ZIP archive, or it is truncated.</source>
        <translation>„%1“ ist kein ZIP-Archiv oder ist abgeschnitten.</translation>
    </message>
    <message>
        <source>Cannot open "%1".</source>
        <translation>„%1“ kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>"%1" is not a valid ZIP archive (damaged or truncated).</source>
        <translation>„%1“ ist kein gültiges ZIP-Archiv (beschädigt oder abgeschnitten).</translation>
    </message>
    <message>
        <source>cannot read the member list</source>
        <translation>Eintragsliste nicht lesbar</translation>
    </message>
    <message>
        <source>Refusing "%1": it has %2 members, the limit is %3.</source>
        <translation>„%1“ abgelehnt: es hat %2 Einträge, die Grenze ist %3.</translation>
    </message>
    <message>
        <source>Refusing "%1": member "%2" is a symbolic link.</source>
        <translation>„%1“ abgelehnt: Eintrag „%2“ ist ein symbolischer Link.</translation>
    </message>
    <message>
        <source>Refusing "%1": member "%2" is not a regular file or folder.</source>
        <translation>„%1“ abgelehnt: Eintrag „%2“ ist weder normale Datei noch Ordner.</translation>
    </message>
    <message>
        <source>Refusing "%1": member "%2" is encrypted.</source>
        <translation>„%1“ abgelehnt: Eintrag „%2“ ist verschlüsselt.</translation>
    </message>
    <message>
        <source>Refusing "%1": member "%2" uses compression method %3; only stored and deflated members are supported.</source>
        <translation>„%1“ abgelehnt: Eintrag „%2“ verwendet Kompressionsmethode %3; nur unkomprimierte (stored) und deflate-Einträge werden unterstützt.</translation>
    </message>
    <message>
        <source>Refusing "%1": member "%2" appears twice.</source>
        <translation>„%1“ abgelehnt: Eintrag „%2“ kommt doppelt vor.</translation>
    </message>
    <message>
        <source>Refusing "%1": members "%2" and "%3" differ only in case.</source>
        <translation>„%1“ abgelehnt: die Einträge „%2“ und „%3“ unterscheiden sich nur in der Groß-/Kleinschreibung.</translation>
    </message>
    <message>
        <source>declares %1, the limit per member is %2</source>
        <translation>gibt %1 an, die Grenze pro Eintrag ist %2</translation>
    </message>
    <message>
        <source>Refusing "%1": it would unpack to more than %2.</source>
        <translation>„%1“ abgelehnt: entpackt wäre es größer als %2.</translation>
    </message>
    <message>
        <source>expands more than %1 times (a zip bomb?)</source>
        <translation>wird mehr als %1-fach größer (eine Zip-Bombe?)</translation>
    </message>
    <message>
        <source>Refusing "%1": "%2" is both a file and a folder.</source>
        <translation>„%1“ abgelehnt: „%2“ ist sowohl Datei als auch Ordner.</translation>
    </message>
    <message>
        <source>Cannot open "%1": no such file.</source>
        <translation>„%1“ kann nicht geöffnet werden: Datei existiert nicht.</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <source>checksum (CRC) mismatch</source>
        <translation>Prüfsumme (CRC) stimmt nicht</translation>
    </message>
    <message>
        <source>inflates to more than its declared size of %1 bytes</source>
        <translation>entpackt größer als die angegebenen %1 Bytes</translation>
    </message>
    <message>
        <source>is larger than %1</source>
        <translation>ist größer als %1</translation>
    </message>
    <message>
        <source>Refusing "%1": it unpacks to more than %2.</source>
        <translation>„%1“ abgelehnt: entpackt ist es größer als %2.</translation>
    </message>
    <message>
        <source>it holds %1 bytes instead of the declared %2</source>
        <translation>es enthält %1 Bytes statt der angegebenen %2</translation>
    </message>
    <message>
        <source>Cannot write "%1": %2.</source>
        <translation>„%1“ kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Cannot extract into "%1": it already exists and is not an empty folder.</source>
        <translation>Entpacken nach „%1“ nicht möglich: es existiert bereits und ist kein leerer Ordner.</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Refusing archive member "%1": it leaves the target folder.</source>
        <translation>Archiveintrag „%1“ abgelehnt: er verlässt den Zielordner.</translation>
    </message>
    <message>
        <source>cannot replace the empty folder</source>
        <translation>der leere Ordner kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>cannot move the extracted files into place</source>
        <translation>die entpackten Dateien können nicht an ihren Platz verschoben werden</translation>
    </message>
    <message>
        <source>The placeholder %1 has no KFP v2 form; rewrite the component without it.</source>
        <translation>Der Platzhalter %1 hat keine KFP-v2-Form; die Komponente ohne ihn umschreiben.</translation>
    </message>
    <message>
        <source>Input "%1" is read both as a value and as a file; KFP v2 cannot pass one input both ways.</source>
        <translation>Eingang „%1“ wird sowohl als Wert als auch als Datei gelesen; KFP v2 kann einen Eingang nicht auf beide Arten übergeben.</translation>
    </message>
    <message>
        <source>if (a condition other than isPresent or a constant)</source>
        <translation>if (eine andere Bedingung als isPresent oder eine Konstante)</translation>
    </message>
    <message>
        <source>isPresent (outside an if condition)</source>
        <translation>isPresent (außerhalb einer if-Bedingung)</translation>
    </message>
    <message>
        <source>Refusing archive member "%1": %2.</source>
        <translation>Archiveintrag „%1“ abgelehnt: %2.</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>der Name ist leer</translation>
    </message>
    <message>
        <source>the name contains a control character</source>
        <translation>der Name enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>the name contains a backslash</source>
        <translation>der Name enthält einen Backslash</translation>
    </message>
    <message>
        <source>absolute paths are not allowed</source>
        <translation>absolute Pfade sind nicht erlaubt</translation>
    </message>
    <message>
        <source>drive letters are not allowed</source>
        <translation>Laufwerksbuchstaben sind nicht erlaubt</translation>
    </message>
    <message>
        <source>the path has an empty component</source>
        <translation>der Pfad hat einen leeren Bestandteil</translation>
    </message>
    <message>
        <source>"." and ".." components are not allowed</source>
        <translation>Bestandteile "." und ".." sind nicht erlaubt</translation>
    </message>
    <message>
        <source>the name contains ':'</source>
        <translation>der Name enthält ':'</translation>
    </message>
    <message>
        <source>Cannot write the archive: %1.</source>
        <translation>Das Archiv kann nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <source>Cannot write the archive: "%1" is listed twice.</source>
        <translation>Das Archiv kann nicht geschrieben werden: „%1“ ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>Speicher erschöpft</translation>
    </message>
    <message>
        <source>cannot create it in memory</source>
        <translation>kann nicht im Speicher angelegt werden</translation>
    </message>
    <message>
        <source>compression failed</source>
        <translation>Komprimierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>cannot read back</source>
        <translation>Zurücklesen nicht möglich</translation>
    </message>
    <message>
        <source>The package is %1 MiB; the limit is %2 MiB (Kubeflow Pipelines refuses larger uploads). Move large data or embedded code out of the package.</source>
        <translation>Das Paket ist %1 MiB groß; die Grenze ist %2 MiB (Kubeflow Pipelines lehnt größere Uploads ab). Große Daten oder eingebetteten Code aus dem Paket auslagern.</translation>
    </message>
    <message>
        <source>%1 is empty: a CSV file needs a header line and data rows</source>
        <translation>%1 ist leer: eine CSV-Datei braucht eine Kopfzeile und Datenzeilen</translation>
    </message>
    <message>
        <source>%1, line 1: the header is not valid UTF-8 text</source>
        <translation>%1, Zeile 1: die Kopfzeile ist kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <source>%1, line 1: the column name '%2' appears twice (columns %3 and %4); rename one</source>
        <translation>%1, Zeile 1: der Spaltenname '%2' kommt doppelt vor (Spalten %3 und %4); eine umbenennen</translation>
    </message>
    <message>
        <source>%1, line %2, column '%3': the text is not valid UTF-8; re-save the file as UTF-8</source>
        <translation>%1, Zeile %2, Spalte '%3': der Text ist kein gültiges UTF-8; die Datei als UTF-8 neu speichern</translation>
    </message>
    <message>
        <source>%1, line %2: expected %3 fields (as in the header), found %4</source>
        <translation>%1, Zeile %2: %3 Felder erwartet (wie in der Kopfzeile), %4 gefunden</translation>
    </message>
    <message>
        <source>Cancelled while reading %1</source>
        <translation>Beim Lesen von %1 abgebrochen</translation>
    </message>
    <message>
        <source>%1 has a header but no data rows</source>
        <translation>%1 hat eine Kopfzeile, aber keine Datenzeilen</translation>
    </message>
    <message>
        <source>%1 changed while it was being read</source>
        <translation>%1 wurde während des Lesens geändert</translation>
    </message>
    <message>
        <source>Cannot open %1: the file does not exist</source>
        <translation>%1 kann nicht geöffnet werden: die Datei existiert nicht</translation>
    </message>
    <message>
        <source>Cannot open %1: it is a folder, not a CSV file</source>
        <translation>%1 kann nicht geöffnet werden: es ist ein Ordner, keine CSV-Datei</translation>
    </message>
    <message>
        <source>Cannot open %1: permission denied</source>
        <translation>%1 kann nicht geöffnet werden: Zugriff verweigert</translation>
    </message>
    <message>
        <source>Cannot read %1 near line %2: %3</source>
        <translation>%1 kann um Zeile %2 nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>corrupt compressed data (%1)</source>
        <translation>beschädigte komprimierte Daten (%1)</translation>
    </message>
    <message>
        <source>Cannot read %1 near line %2: corrupt or truncated compressed data (%3)</source>
        <translation>%1 kann um Zeile %2 nicht gelesen werden: beschädigte oder abgeschnittene komprimierte Daten (%3)</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted cell is never closed (missing '"')</source>
        <translation>%1, Zeile %2: eine Zelle in Anführungszeichen wird nie geschlossen (fehlendes '"')</translation>
    </message>
    <message>
        <source>%1, line %2: a cell is longer than the limit of %3 MB; is this really a CSV file?</source>
        <translation>%1, Zeile %2: eine Zelle überschreitet die Grenze von %3 MB; ist das wirklich eine CSV-Datei?</translation>
    </message>
    <message>
        <source>Unknown drift method '%1'; use auto, reference, psi, js, wasserstein, ks, chi2, linf or hellinger</source>
        <translation>Unbekannte Drift-Methode '%1'; auto, reference, psi, js, wasserstein, ks, chi2, linf oder hellinger verwenden</translation>
    </message>
    <message>
        <source>The number of bins must be at least 2 (got %1)</source>
        <translation>Die Anzahl der Klassen muss mindestens 2 sein (angegeben: %1)</translation>
    </message>
    <message>
        <source>Column '%1' cannot be both --categorical and --numerical</source>
        <translation>Spalte '%1' kann nicht zugleich --categorical und --numerical sein</translation>
    </message>
    <message>
        <source>No column named %1 in %2 or %3</source>
        <translation>Keine Spalte namens %1 in %2 oder %3</translation>
    </message>
    <message>
        <source>%1 and %2 have no column in common to compare</source>
        <translation>%1 und %2 haben keine gemeinsame Spalte zum Vergleichen</translation>
    </message>
    <message>
        <source>Drift computation cancelled</source>
        <translation>Drift-Berechnung abgebrochen</translation>
    </message>
    <message>
        <source>Data drift report</source>
        <translation>Daten-Drift-Bericht</translation>
    </message>
    <message>
        <source>Window %1 vs %2</source>
        <translation>Fenster %1 gegen %2</translation>
    </message>
    <message>
        <source>%1 of %2 columns drifted (method %3): %4. Bonferroni: %5, BH-FDR: %6.</source>
        <translation>%1 von %2 Spalten mit Drift (Methode %3): %4. Bonferroni: %5, BH-FDR: %6.</translation>
    </message>
    <message>
        <source>dataset drift, consider retraining</source>
        <translation>Datensatz-Drift, erneutes Training erwägen</translation>
    </message>
    <message>
        <source>no dataset drift</source>
        <translation>kein Datensatz-Drift</translation>
    </message>
    <message>
        <source>drift</source>
        <translation>Drift</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>column '%1' is treated as numerical but %2 cell(s) of %3 are not numbers (first: '%4' at line %5); they count as missing</source>
        <translation>Spalte '%1' wird als numerisch behandelt, aber %2 von %3 Zelle(n) sind keine Zahlen (erste: '%4' in Zeile %5); sie zählen als fehlend</translation>
    </message>
    <message>
        <source>Unknown window '%1': use year, quarter, month or a number of windows &gt;= 2</source>
        <translation>Unbekanntes Fenster '%1': year, quarter, month oder eine Fensteranzahl &gt;= 2 verwenden</translation>
    </message>
    <message>
        <source>%1 has no column named '%2' to split on</source>
        <translation>%1 hat keine Spalte namens '%2' zum Aufteilen</translation>
    </message>
    <message>
        <source>Cannot make %1 windows from %2 dated rows</source>
        <translation>Aus %2 datierten Zeilen lassen sich keine %1 Fenster bilden</translation>
    </message>
    <message>
        <source>Column '%1' of %2 gives %3 window(s); at least two are needed (is it a year or a date?)</source>
        <translation>Spalte '%1' von %2 ergibt %3 Fenster; mindestens zwei sind nötig (ist es ein Jahr oder ein Datum?)</translation>
    </message>
    <message>
        <source>No window '%1'; the windows are %2</source>
        <translation>Kein Fenster '%1'; die Fenster sind %2</translation>
    </message>
    <message>
        <source>Task '%1': %2</source>
        <translation>Task '%1': %2</translation>
    </message>
    <message>
        <source>The pipeline has no parameter '%1'</source>
        <translation>Die Pipeline hat keinen Parameter '%1'</translation>
    </message>
    <message>
        <source>the component has no input '%1'</source>
        <translation>die Komponente hat keinen Eingang '%1'</translation>
    </message>
    <message>
        <source>input '%1' uses the unknown pipeline parameter '%2'</source>
        <translation>Eingang '%1' verwendet den unbekannten Pipeline-Parameter '%2'</translation>
    </message>
    <message>
        <source>pipeline parameter '%1' has no value; pass --param %1=VALUE</source>
        <translation>Pipeline-Parameter '%1' hat keinen Wert; --param %1=WERT übergeben</translation>
    </message>
    <message>
        <source>input '%1' is bound to the unknown task '%2'</source>
        <translation>Eingang '%1' ist an den unbekannten Task '%2' gebunden</translation>
    </message>
    <message>
        <source>input '%1' is bound to '%2.%3', but task '%2' has no output '%3'</source>
        <translation>Eingang '%1' ist an '%2.%3' gebunden, aber Task '%2' hat keinen Ausgang '%3'</translation>
    </message>
    <message>
        <source>cannot read the dataset manifest '%1': %2</source>
        <translation>das Datensatz-Manifest '%1' kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the dataset '%1' is remote (%2); download it and describe the local copy</source>
        <translation>der Datensatz '%1' liegt entfernt (%2); herunterladen und die lokale Kopie beschreiben</translation>
    </message>
    <message>
        <source>the data file '%1' named by the dataset manifest '%2' does not exist</source>
        <translation>die im Datensatz-Manifest '%2' genannte Datendatei '%1' existiert nicht</translation>
    </message>
    <message>
        <source>the component is missing: %1</source>
        <translation>die Komponente fehlt: %1</translation>
    </message>
    <message>
        <source>only container components can run locally (this one is a %1 component)</source>
        <translation>nur Container-Komponenten können lokal laufen (diese ist eine %1-Komponente)</translation>
    </message>
    <message>
        <source>the component names no container image</source>
        <translation>die Komponente nennt kein Container-Image</translation>
    </message>
    <message>
        <source>the run condition names the unknown task '%1'</source>
        <translation>die Ausführungsbedingung nennt den unbekannten Task '%1'</translation>
    </message>
    <message>
        <source>the run condition names '%1.%2', which does not exist</source>
        <translation>die Ausführungsbedingung nennt '%1.%2', das nicht existiert</translation>
    </message>
    <message>
        <source>the run condition has the unknown operator '%1'</source>
        <translation>die Ausführungsbedingung hat den unbekannten Operator '%1'</translation>
    </message>
    <message>
        <source>runs after the unknown task '%1'</source>
        <translation>läuft nach dem unbekannten Task '%1'</translation>
    </message>
    <message>
        <source>The tasks %1 form a cycle</source>
        <translation>Die Tasks %1 bilden einen Zyklus</translation>
    </message>
    <message>
        <source>Two tasks are named '%1'</source>
        <translation>Zwei Tasks heißen '%1'</translation>
    </message>
    <message>
        <source>The pipeline has no tasks</source>
        <translation>Die Pipeline hat keine Tasks</translation>
    </message>
    <message>
        <source>The pipeline cannot run: %1</source>
        <translation>Die Pipeline kann nicht laufen: %1</translation>
    </message>
    <message>
        <source>Unknown runtime '%1'; use docker, process or auto</source>
        <translation>Unbekannte Laufzeitumgebung '%1'; docker, process oder auto verwenden</translation>
    </message>
    <message>
        <source>No container engine answers (%1). Steps run directly on this machine WITHOUT isolation.</source>
        <translation>Keine Container-Engine antwortet (%1). Schritte laufen direkt auf diesem Rechner OHNE Isolation.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 ist kein JSON-Objekt: %2</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2</source>
        <translation>%1 kann nicht nach %2 kopiert werden</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>Cannot lay out the graph: a node has an empty id.</source>
        <translation>Der Graph kann nicht angeordnet werden: ein Knoten hat eine leere ID.</translation>
    </message>
    <message>
        <source>Cannot lay out the graph: node id "%1" contains a NUL character.</source>
        <translation>Der Graph kann nicht angeordnet werden: Knoten-ID „%1“ enthält ein NUL-Zeichen.</translation>
    </message>
    <message>
        <source>Cannot lay out the graph: the node id "%1" is used twice. Give each node a unique id.</source>
        <translation>Der Graph kann nicht angeordnet werden: die Knoten-ID „%1“ kommt doppelt vor. Jedem Knoten eine eindeutige ID geben.</translation>
    </message>
    <message>
        <source>Cannot lay out the graph: node "%1" has an invalid size %2 x %3.</source>
        <translation>Der Graph kann nicht angeordnet werden: Knoten „%1“ hat die ungültige Größe %2 x %3.</translation>
    </message>
    <message>
        <source>Cannot lay out the graph: the edge "%1" -&gt; "%2" refers to the unknown node "%3".</source>
        <translation>Der Graph kann nicht angeordnet werden: die Kante „%1“ -&gt; „%2“ verweist auf den unbekannten Knoten „%3“.</translation>
    </message>
    <message>
        <source>Cannot lay out the graph: node separation %1 and rank separation %2 must be finite and not negative.</source>
        <translation>Der Graph kann nicht angeordnet werden: Knotenabstand %1 und Rangabstand %2 müssen endlich und nicht negativ sein.</translation>
    </message>
    <message>
        <source>Graphviz could not create a graph (out of memory?).</source>
        <translation>Graphviz konnte keinen Graphen anlegen (Speicher erschöpft?).</translation>
    </message>
    <message>
        <source>Graphviz could not create the node "%1".</source>
        <translation>Graphviz konnte den Knoten „%1“ nicht anlegen.</translation>
    </message>
    <message>
        <source>Graphviz could not create the edge "%1".</source>
        <translation>Graphviz konnte die Kante „%1“ nicht anlegen.</translation>
    </message>
    <message>
        <source>Cannot start Graphviz: its context could not be created.</source>
        <translation>Graphviz kann nicht gestartet werden: sein Kontext konnte nicht angelegt werden.</translation>
    </message>
    <message numerus="yes">
        <source>Graphviz could not lay out the graph (%n node(s)).</source>
        <translation>
            <numerusform>Graphviz konnte den Graphen nicht anordnen (%n Knoten).</numerusform>
            <numerusform>Graphviz konnte den Graphen nicht anordnen (%n Knoten).</numerusform>
        </translation>
    </message>
    <message>
        <source>expected a map for '%1'</source>
        <translation>für '%1' wird eine Map erwartet</translation>
    </message>
    <message>
        <source>expected text for '%1'</source>
        <translation>für '%1' wird Text erwartet</translation>
    </message>
    <message>
        <source>expected true or false for '%1'</source>
        <translation>für '%1' wird true oder false erwartet</translation>
    </message>
    <message>
        <source>expected a type name or a type map for 'type'</source>
        <translation>für 'type' wird ein Typname oder eine Typ-Map erwartet</translation>
    </message>
    <message>
        <source>inline component specs nest deeper than %1 levels</source>
        <translation>eingebettete Komponentenspezifikationen sind tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>expected a map (a component spec)</source>
        <translation>eine Map wird erwartet (eine Komponentenspezifikation)</translation>
    </message>
    <message>
        <source>not a component: 'implementation' is missing</source>
        <translation>keine Komponente: 'implementation' fehlt</translation>
    </message>
    <message>
        <source>'implementation' needs a 'container' or a 'graph'</source>
        <translation>'implementation' braucht 'container' oder 'graph'</translation>
    </message>
    <message>
        <source>expected a list for 'inputs'</source>
        <translation>für 'inputs' wird eine Liste erwartet</translation>
    </message>
    <message>
        <source>an input needs a 'name'</source>
        <translation>ein Eingang braucht einen 'name'</translation>
    </message>
    <message>
        <source>non-unique input name '%1'</source>
        <translation>Eingangsname '%1' ist nicht eindeutig</translation>
    </message>
    <message>
        <source>the default of input '%1' must be a single value</source>
        <translation>der Standardwert von Eingang '%1' muss ein einzelner Wert sein</translation>
    </message>
    <message>
        <source>expected a list for 'outputs'</source>
        <translation>für 'outputs' wird eine Liste erwartet</translation>
    </message>
    <message>
        <source>an output needs a 'name'</source>
        <translation>ein Ausgang braucht einen 'name'</translation>
    </message>
    <message>
        <source>non-unique output name '%1'</source>
        <translation>Ausgangsname '%1' ist nicht eindeutig</translation>
    </message>
    <message>
        <source>the container needs an 'image'</source>
        <translation>der Container braucht ein 'image'</translation>
    </message>
    <message>
        <source>'%1' names an output that does not exist: '%2'</source>
        <translation>'%1' nennt einen Ausgang, der nicht existiert: '%2'</translation>
    </message>
    <message>
        <source>expected a list for '%1'</source>
        <translation>für '%1' wird eine Liste erwartet</translation>
    </message>
    <message>
        <source>expected a string or a placeholder such as {inputValue: name}</source>
        <translation>ein String oder ein Platzhalter wie {inputValue: name} wird erwartet</translation>
    </message>
    <message>
        <source>'%1' expects an input or output name</source>
        <translation>'%1' erwartet einen Eingangs- oder Ausgangsnamen</translation>
    </message>
    <message>
        <source>'%1' refers to an input that does not exist: '%2'</source>
        <translation>'%1' verweist auf einen Eingang, der nicht existiert: '%2'</translation>
    </message>
    <message>
        <source>'%1' refers to an output that does not exist: '%2'</source>
        <translation>'%1' verweist auf einen Ausgang, der nicht existiert: '%2'</translation>
    </message>
    <message>
        <source>'if' needs a 'cond' (a value or a placeholder such as {isPresent: name})</source>
        <translation>'if' braucht ein 'cond' (einen Wert oder Platzhalter wie {isPresent: name})</translation>
    </message>
    <message>
        <source>unknown placeholder '%1'</source>
        <translation>unbekannter Platzhalter '%1'</translation>
    </message>
    <message>
        <source>argument '%1' must be a value, {graphInput: ...}, {taskOutput: ...} or {dataset: ...}</source>
        <translation>Argument '%1' muss ein Wert, {graphInput: ...}, {taskOutput: ...} oder {dataset: ...} sein</translation>
    </message>
    <message>
        <source>'%1' of argument '%2' needs '%3'</source>
        <translation>'%1' von Argument '%2' braucht '%3'</translation>
    </message>
    <message>
        <source>unknown argument kind '%1' for '%2'</source>
        <translation>unbekannte Argumentart '%1' für '%2'</translation>
    </message>
    <message>
        <source>task '%1' needs a 'componentRef'</source>
        <translation>Task '%1' braucht eine 'componentRef'</translation>
    </message>
    <message>
        <source>'outputValues' names an output that does not exist: '%1'</source>
        <translation>'outputValues' nennt einen Ausgang, der nicht existiert: '%1'</translation>
    </message>
    <message>
        <source>%1 refers to a pipeline input that does not exist: '%2'</source>
        <translation>%1 verweist auf einen Pipeline-Eingang, der nicht existiert: '%2'</translation>
    </message>
    <message>
        <source>%1 refers to a task that does not exist: '%2'</source>
        <translation>%1 verweist auf einen Task, der nicht existiert: '%2'</translation>
    </message>
    <message>
        <source>argument '%1' of task '%2'</source>
        <translation>Argument '%1' von Task '%2'</translation>
    </message>
    <message>
        <source>output value '%1'</source>
        <translation>Ausgabewert '%1'</translation>
    </message>
    <message>
        <source>component file</source>
        <translation>Komponentendatei</translation>
    </message>
    <message>
        <source>graph components are nested more than %1 levels deep</source>
        <translation>Graph-Komponenten sind tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>the componentRef has neither a spec nor a url</source>
        <translation>die componentRef hat weder spec noch url</translation>
    </message>
    <message>
        <source>%1 is a remote component; mlwb does not download components. Save it next to the pipeline and refer to it by relative path.</source>
        <translation>%1 ist eine entfernte Komponente; mlwb lädt keine Komponenten herunter. Neben der Pipeline speichern und per relativem Pfad referenzieren.</translation>
    </message>
    <message>
        <source>component file %1 does not exist</source>
        <translation>Komponentendatei %1 existiert nicht</translation>
    </message>
    <message>
        <source>component %1 contains itself (%2)</source>
        <translation>Komponente %1 enthält sich selbst (%2)</translation>
    </message>
    <message>
        <source>cannot read component %1: %2</source>
        <translation>Komponente %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Component %1 changed since it was added to the pipeline (its sha256 digest differs). Check it, then re-add it to update the digest.</source>
        <translation>Komponente %1 hat sich seit dem Hinzufügen zur Pipeline geändert (ihr sha256-Digest weicht ab). Prüfen und erneut hinzufügen, um den Digest zu aktualisieren.</translation>
    </message>
    <message>
        <source>%1 is a container component, not a pipeline: it has no implementation.graph.</source>
        <translation>%1 ist eine Container-Komponente, keine Pipeline: sie hat kein implementation.graph.</translation>
    </message>
    <message>
        <source>The pipeline has no file name yet; use Save As.</source>
        <translation>Die Pipeline hat noch keinen Dateinamen; „Speichern unter“ verwenden.</translation>
    </message>
    <message>
        <source>%1: the document expands to more than %2 YAML nodes (nested anchors and aliases?); refusing to load it</source>
        <translation>%1: das Dokument expandiert auf mehr als %2 YAML-Knoten (verschachtelte Anker und Aliase?); Laden verweigert</translation>
    </message>
    <message>
        <source>%1: the document nests deeper than %2 levels (or an alias refers to itself); refusing to load it</source>
        <translation>%1: das Dokument ist tiefer als %2 Ebenen verschachtelt (oder ein Alias verweist auf sich selbst); Laden verweigert</translation>
    </message>
    <message>
        <source>%1: only text keys are supported in maps</source>
        <translation>%1: in Maps werden nur Text-Schlüssel unterstützt</translation>
    </message>
    <message>
        <source>%1: duplicate key '%2' (first at line %3)</source>
        <translation>%1: doppelter Schlüssel '%2' (zuerst in Zeile %3)</translation>
    </message>
    <message>
        <source>%1: the document nests too deeply (more than %2 levels)</source>
        <translation>%1: das Dokument ist zu tief verschachtelt (mehr als %2 Ebenen)</translation>
    </message>
    <message>
        <source>%1: YAML syntax error: %2</source>
        <translation>%1: YAML-Syntaxfehler: %2</translation>
    </message>
    <message>
        <source>%1: cannot parse YAML: %2</source>
        <translation>%1: YAML kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The command refers to an input that does not exist: '%1'</source>
        <translation>Der Befehl verweist auf einen Eingang, der nicht existiert: '%1'</translation>
    </message>
    <message>
        <source>No value provided for the required input '%1' of component '%2'</source>
        <translation>Kein Wert für den erforderlichen Eingang '%1' von Komponente '%2' angegeben</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>Input '%1' is consumed by value but was passed as a file; its content must be read and passed as a value</source>
        <translation>Eingang '%1' wird als Wert verwendet, aber als Datei übergeben; sein Inhalt muss gelesen und als Wert übergeben werden</translation>
    </message>
    <message>
        <source>The command refers to an output that does not exist: '%1'</source>
        <translation>Der Befehl verweist auf einen Ausgang, der nicht existiert: '%1'</translation>
    </message>
    <message>
        <source>Conflicting output files specified for output '%1': %2 and %3</source>
        <translation>Widersprüchliche Ausgabedateien für Ausgang '%1': %2 und %3</translation>
    </message>
    <message>
        <source>The component uses a KFP v2-only placeholder, which a local run cannot resolve</source>
        <translation>Die Komponente verwendet einen reinen KFP-v2-Platzhalter, den ein lokaler Lauf nicht auflösen kann</translation>
    </message>
    <message>
        <source>An 'if' condition expanded to a list, not a truth value</source>
        <translation>Eine 'if'-Bedingung ergab eine Liste statt eines Wahrheitswerts</translation>
    </message>
    <message>
        <source>An 'if' condition must be a truth value (true/false, yes/no, 1/0...), got '%1'</source>
        <translation>Eine 'if'-Bedingung muss ein Wahrheitswert sein (true/false, yes/no, 1/0...), erhalten: '%1'</translation>
    </message>
    <message>
        <source>Only container components have a command line; '%1' is a %2 component</source>
        <translation>Nur Container-Komponenten haben eine Befehlszeile; '%1' ist eine %2-Komponente</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <source>'%1' is not an input of component '%2'</source>
        <translation>'%1' ist kein Eingang von Komponente '%2'</translation>
    </message>
    <message>
        <source>The pipeline has a cycle: %1.</source>
        <translation>Die Pipeline enthält einen Zyklus: %1.</translation>
    </message>
    <message>
        <source>the task has no inline component spec</source>
        <translation>der Task hat keine eingebettete Komponentenspezifikation</translation>
    </message>
    <message>
        <source>%1 was not loaded</source>
        <translation>%1 wurde nicht geladen</translation>
    </message>
    <message>
        <source>"%1" is a container component, not a pipeline (it has no implementation.graph).</source>
        <translation>„%1“ ist eine Container-Komponente, keine Pipeline (sie hat kein implementation.graph).</translation>
    </message>
    <message>
        <source>outputValues names "%1", which is not among the pipeline's outputs; it is dropped.</source>
        <translation>outputValues nennt „%1“, das nicht zu den Ausgängen der Pipeline gehört; es wird verworfen.</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
    <message>
        <source>+ task %1</source>
        <translation>+ Task %1</translation>
    </message>
    <message>
        <source>- task %1</source>
        <translation>- Task %1</translation>
    </message>
    <message>
        <source>~ task %1</source>
        <translation>~ Task %1</translation>
    </message>
    <message>
        <source>+ edge %1</source>
        <translation>+ Kante %1</translation>
    </message>
    <message>
        <source>- edge %1</source>
        <translation>- Kante %1</translation>
    </message>
    <message>
        <source>+ parameter %1</source>
        <translation>+ Parameter %1</translation>
    </message>
    <message>
        <source>- parameter %1</source>
        <translation>- Parameter %1</translation>
    </message>
    <message>
        <source>~ parameter %1: %2 -&gt; %3</source>
        <translation>~ Parameter %1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>+ output %1</source>
        <translation>+ Ausgang %1</translation>
    </message>
    <message>
        <source>- output %1</source>
        <translation>- Ausgang %1</translation>
    </message>
    <message>
        <source>~ output %1: %2 -&gt; %3</source>
        <translation>~ Ausgang %1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>~ pipeline %1</source>
        <translation>~ Pipeline %1</translation>
    </message>
    <message>
        <source>A task name cannot be empty.</source>
        <translation>Ein Task-Name darf nicht leer sein.</translation>
    </message>
    <message>
        <source>A task name cannot start or end with spaces.</source>
        <translation>Ein Task-Name darf nicht mit Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>A task name can have at most 200 characters.</source>
        <translation>Ein Task-Name darf höchstens 200 Zeichen haben.</translation>
    </message>
    <message>
        <source>A task name cannot contain control characters.</source>
        <translation>Ein Task-Name darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>%1 refers to task "%2", which does not exist.</source>
        <translation>%1 verweist auf Task „%2“, der nicht existiert.</translation>
    </message>
    <message>
        <source>%1 refers to output "%2" of task "%3", which has no such output.</source>
        <translation>%1 verweist auf Ausgang „%2“ von Task „%3“, der keinen solchen Ausgang hat.</translation>
    </message>
    <message>
        <source>Task "%1": component not found%2</source>
        <translation>Task „%1“: Komponente nicht gefunden%2</translation>
    </message>
    <message>
        <source>Task "%1" sets input "%2", which its component does not have.</source>
        <translation>Task „%1“ setzt Eingang „%2“, den seine Komponente nicht hat.</translation>
    </message>
    <message>
        <source>Input "%1" of task "%2"</source>
        <translation>Eingang „%1“ von Task „%2“</translation>
    </message>
    <message>
        <source>%1 uses pipeline parameter "%2", which is not defined.</source>
        <translation>%1 verwendet Pipeline-Parameter „%2“, der nicht definiert ist.</translation>
    </message>
    <message>
        <source>%1 expects %2 but parameter "%3" is %4.</source>
        <translation>%1 erwartet %2, aber Parameter „%3“ ist %4.</translation>
    </message>
    <message>
        <source>%1 expects %2 but output "%3" of "%4" is %5.</source>
        <translation>%1 erwartet %2, aber Ausgang „%3“ von „%4“ ist %5.</translation>
    </message>
    <message>
        <source>Task "%1": required input "%2" has no value.</source>
        <translation>Task „%1“: erforderlicher Eingang „%2“ hat keinen Wert.</translation>
    </message>
    <message>
        <source>Task "%1" runs after "%2", which does not exist.</source>
        <translation>Task „%1“ läuft nach „%2“, das nicht existiert.</translation>
    </message>
    <message>
        <source>Task "%1": unknown comparison "%2".</source>
        <translation>Task „%1“: unbekannter Vergleich „%2“.</translation>
    </message>
    <message>
        <source>The run condition of task "%1"</source>
        <translation>Die Ausführungsbedingung von Task „%1“</translation>
    </message>
    <message>
        <source>Task name "%1" is used twice ("%2"); names must differ, ignoring case.</source>
        <translation>Task-Name „%1“ wird doppelt verwendet („%2“); Namen müssen sich unabhängig von Groß-/Kleinschreibung unterscheiden.</translation>
    </message>
    <message>
        <source>Pipeline output "%1"</source>
        <translation>Pipeline-Ausgang „%1“</translation>
    </message>
    <message>
        <source>%1 is not connected to any task output.</source>
        <translation>%1 ist mit keinem Task-Ausgang verbunden.</translation>
    </message>
    <message>
        <source>%1 is %2 but output "%3" of "%4" is %5.</source>
        <translation>%1 ist %2, aber Ausgang „%3“ von „%4“ ist %5.</translation>
    </message>
    <message>
        <source>These tasks form a cycle: %1.</source>
        <translation>Diese Tasks bilden einen Zyklus: %1.</translation>
    </message>
    <message>
        <source>duplicate plugin id "%1" (already loaded from %2)</source>
        <translation>doppelte Plugin-ID „%1“ (bereits aus %2 geladen)</translation>
    </message>
    <message>
        <source>cannot load: %1</source>
        <translation>nicht ladbar: %1</translation>
    </message>
    <message>
        <source>declares %1 but its object does not implement it</source>
        <translation>deklariert %1, aber sein Objekt implementiert es nicht</translation>
    </message>
    <message>
        <source>loaded   %1 %2 (%3)  %4</source>
        <translation>geladen  %1 %2 (%3)  %4</translation>
    </message>
    <message>
        <source>refused  %1: %2</source>
        <translation>abgelehnt %1: %2</translation>
    </message>
    <message>
        <source>not a Qt plugin (no plugin metadata found)</source>
        <translation>kein Qt-Plugin (keine Plugin-Metadaten gefunden)</translation>
    </message>
    <message>
        <source>implements the unknown interface "%1"</source>
        <translation>implementiert die unbekannte Schnittstelle „%1“</translation>
    </message>
    <message>
        <source>implements %1 version %2, but this mlwb supports version %3</source>
        <translation>implementiert %1 Version %2, aber dieses mlwb unterstützt Version %3</translation>
    </message>
    <message>
        <source>the metadata field "%1" is missing or empty</source>
        <translation>das Metadatenfeld „%1“ fehlt oder ist leer</translation>
    </message>
    <message>
        <source>the metadata field "Version" is not a version number</source>
        <translation>das Metadatenfeld „Version“ ist keine Versionsnummer</translation>
    </message>
    <message>
        <source>the metadata field "CompatVersion" is not a version number</source>
        <translation>das Metadatenfeld „CompatVersion“ ist keine Versionsnummer</translation>
    </message>
    <message>
        <source>needs mlwb %1 or newer (this is %2)</source>
        <translation>braucht mlwb %1 oder neuer (dies ist %2)</translation>
    </message>
    <message>
        <source>the metadata field "Provides" must be a list of strings</source>
        <translation>das Metadatenfeld „Provides“ muss eine Liste von Strings sein</translation>
    </message>
    <message>
        <source>The metadata store is not open</source>
        <translation>Der Metadatenspeicher ist nicht geöffnet</translation>
    </message>
    <message>
        <source>There is no artifact with id %1 in the store</source>
        <translation>Im Speicher gibt es kein Artefakt mit ID %1</translation>
    </message>
    <message>
        <source>Cannot open %1: it is a folder</source>
        <translation>%1 kann nicht geöffnet werden: es ist ein Ordner</translation>
    </message>
    <message>
        <source>Cannot open %1: the file is not an SQLite database</source>
        <translation>%1 kann nicht geöffnet werden: die Datei ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>Cannot open %1: the database file is truncated</source>
        <translation>%1 kann nicht geöffnet werden: die Datenbankdatei ist abgeschnitten</translation>
    </message>
    <message>
        <source>Cannot open %1: the database file is damaged (bad header)</source>
        <translation>%1 kann nicht geöffnet werden: die Datenbankdatei ist beschädigt (fehlerhafter Header)</translation>
    </message>
    <message>
        <source>Cannot open %1: the database file is truncated (%2 of %3 bytes)</source>
        <translation>%1 kann nicht geöffnet werden: die Datenbankdatei ist abgeschnitten (%2 von %3 Bytes)</translation>
    </message>
    <message>
        <source>it is an SQLite database of another application, not an ML Metadata store</source>
        <translation>es ist eine SQLite-Datenbank einer anderen Anwendung, kein ML-Metadata-Speicher</translation>
    </message>
    <message>
        <source>the ML Metadata store is incomplete (missing tables: %1)</source>
        <translation>der ML-Metadata-Speicher ist unvollständig (fehlende Tabellen: %1)</translation>
    </message>
    <message>
        <source>the database is empty</source>
        <translation>die Datenbank ist leer</translation>
    </message>
    <message>
        <source>it was written by a newer ML Metadata (schema version %1; this build reads version %2). Update mlwb.</source>
        <translation>sie wurde von einem neueren ML Metadata geschrieben (Schemaversion %1; dieser Build liest Version %2). mlwb aktualisieren.</translation>
    </message>
    <message>
        <source>it uses the old ML Metadata schema version %1; upgrade it to version %2 with ml-metadata &gt;= 1.11 first</source>
        <translation>sie verwendet die alte ML-Metadata-Schemaversion %1; zuerst mit ml-metadata &gt;= 1.11 auf Version %2 aktualisieren</translation>
    </message>
    <message>
        <source>it was written by a newer mlwb (store version %1)</source>
        <translation>sie wurde von einem neueren mlwb geschrieben (Speicherversion %1)</translation>
    </message>
    <message>
        <source>The metadata store %1 is open read-only</source>
        <translation>Der Metadatenspeicher %1 ist schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>Cannot read the MLflow store %1: %2</source>
        <translation>Der MLflow-Speicher %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The MLflow store %1 does not exist</source>
        <translation>Der MLflow-Speicher %1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database (an MLflow store is a file such as mlflow.db)</source>
        <translation>%1 ist keine SQLite-Datenbank (ein MLflow-Speicher ist eine Datei wie mlflow.db)</translation>
    </message>
    <message>
        <source>%1 is not an MLflow tracking store (no 'experiments' and 'runs' tables)</source>
        <translation>%1 ist kein MLflow-Tracking-Speicher (keine Tabellen 'experiments' und 'runs')</translation>
    </message>
    <message>
        <source>There is no %1 with id %2 in the store</source>
        <translation>Im Speicher gibt es kein %1 mit ID %2</translation>
    </message>
    <message>
        <source>A context needs a name</source>
        <translation>Ein Kontext braucht einen Namen</translation>
    </message>
    <message>
        <source>There is no run with id %1 in the store</source>
        <translation>Im Speicher gibt es keinen Lauf mit ID %1</translation>
    </message>
    <message>
        <source>A step needs a task name</source>
        <translation>Ein Schritt braucht einen Task-Namen</translation>
    </message>
    <message>
        <source>Cannot record an event</source>
        <translation>Ein Ereignis kann nicht erfasst werden</translation>
    </message>
    <message>
        <source>%1: the database is locked by another program; close it and try again</source>
        <translation>%1: die Datenbank ist von einem anderen Programm gesperrt; dieses schließen und erneut versuchen</translation>
    </message>
    <message>
        <source>%1: the file is not an SQLite database</source>
        <translation>%1: die Datei ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>%1: the database file is damaged (truncated or corrupted)</source>
        <translation>%1: die Datenbankdatei ist beschädigt (abgeschnitten oder defekt)</translation>
    </message>
    <message>
        <source>%1: the database is read-only</source>
        <translation>%1: die Datenbank ist schreibgeschützt</translation>
    </message>
    <message>
        <source>%1: cannot open the file</source>
        <translation>%1: die Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1: the disk is full</source>
        <translation>%1: der Datenträger ist voll</translation>
    </message>
    <message>
        <source>%1: database error</source>
        <translation>%1: Datenbankfehler</translation>
    </message>
    <message>
        <source>Database query failed</source>
        <translation>Datenbankabfrage fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot prepare a query</source>
        <translation>Eine Abfrage kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>Database statement failed</source>
        <translation>Datenbankanweisung fehlgeschlagen</translation>
    </message>
    <message>
        <source>A struct property value is damaged</source>
        <translation>Ein Struct-Eigenschaftswert ist beschädigt</translation>
    </message>
    <message>
        <source>invalid protobuf wire data</source>
        <translation>ungültige Protobuf-Wire-Daten</translation>
    </message>
    <message>
        <source>Not a struct property value</source>
        <translation>Kein Struct-Eigenschaftswert</translation>
    </message>
    <message>
        <source>invalid base64</source>
        <translation>ungültiges Base64</translation>
    </message>
    <message>
        <source>%1 describes remote data (%2); only local data can be verified</source>
        <translation>%1 beschreibt entfernte Daten (%2); nur lokale Daten können geprüft werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1:%2:%3: %4</source>
        <translation>%1:%2:%3: %4</translation>
    </message>
    <message>
        <source>Unresolved merge conflict in %1, line %2: keep one version, remove the &lt;&lt;&lt;&lt;&lt;&lt;&lt; ======= &gt;&gt;&gt;&gt;&gt;&gt;&gt; markers and commit</source>
        <translation>Ungelöster Merge-Konflikt in %1, Zeile %2: eine Version behalten, die Markierungen &lt;&lt;&lt;&lt;&lt;&lt;&lt; ======= &gt;&gt;&gt;&gt;&gt;&gt;&gt; entfernen und committen</translation>
    </message>
    <message>
        <source>a dataset manifest is a mapping with 'path' and 'md5'</source>
        <translation>ein Datensatz-Manifest ist eine Map mit 'path' und 'md5'</translation>
    </message>
    <message>
        <source>'kind' must be 'dataset'</source>
        <translation>'kind' muss 'dataset' sein</translation>
    </message>
    <message>
        <source>version %1 is newer than this mlwb understands (%2); update mlwb</source>
        <translation>Version %1 ist neuer, als dieses mlwb versteht (%2); mlwb aktualisieren</translation>
    </message>
    <message>
        <source>the key '%1' is missing</source>
        <translation>der Schlüssel '%1' fehlt</translation>
    </message>
    <message>
        <source>unknown column type '%1' (integer, float, bool, datetime, string)</source>
        <translation>unbekannter Spaltentyp '%1' (integer, float, bool, datetime, string)</translation>
    </message>
    <message>
        <source>The data %1 does not exist</source>
        <translation>Die Daten %1 existieren nicht</translation>
    </message>
    <message>
        <source>Cannot add %1: it does not exist</source>
        <translation>%1 kann nicht hinzugefügt werden: existiert nicht</translation>
    </message>
    <message>
        <source>a .dvc file needs an 'outs:' list</source>
        <translation>eine .dvc-Datei braucht eine 'outs:'-Liste</translation>
    </message>
    <message>
        <source>The repository %1 has no commits yet, so '%2' does not exist; commit a file first</source>
        <translation>Das Repository %1 hat noch keine Commits, daher existiert '%2' nicht; zuerst eine Datei committen</translation>
    </message>
    <message>
        <source>No revision was given</source>
        <translation>Keine Revision angegeben</translation>
    </message>
    <message>
        <source>The revision '%1' is ambiguous in %2; give more characters of the id</source>
        <translation>Die Revision '%1' ist in %2 mehrdeutig; mehr Zeichen der ID angeben</translation>
    </message>
    <message>
        <source>The revision '%1' does not exist in %2 (use a commit id, branch, tag or HEAD~N)</source>
        <translation>Die Revision '%1' existiert nicht in %2 (Commit-ID, Branch, Tag oder HEAD~N verwenden)</translation>
    </message>
    <message>
        <source>The revision '%1' does not name a commit</source>
        <translation>Die Revision '%1' bezeichnet keinen Commit</translation>
    </message>
    <message>
        <source>Give a file to show the history of</source>
        <translation>Eine Datei angeben, deren Verlauf gezeigt werden soll</translation>
    </message>
    <message>
        <source>Cannot read the history of %1</source>
        <translation>Der Verlauf von %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the files of revision '%1'</source>
        <translation>Die Dateien der Revision '%1' können nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 does not exist at revision '%2' (%3)</source>
        <translation>%1 existiert in Revision '%2' nicht (%3)</translation>
    </message>
    <message>
        <source>%1 is a folder at revision '%2', not a file</source>
        <translation>%1 ist in Revision '%2' ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>Cannot read %1 at revision '%2'</source>
        <translation>%1 kann in Revision '%2' nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 has uncommitted changes (%2); commit or discard them before restoring an older version</source>
        <translation>%1 hat nicht committete Änderungen (%2); vor dem Wiederherstellen einer älteren Version committen oder verwerfen</translation>
    </message>
    <message>
        <source>%1 is already as it was at '%2'</source>
        <translation>%1 entspricht bereits dem Stand von '%2'</translation>
    </message>
    <message>
        <source>Restore %1 from %2</source>
        <translation>%1 aus %2 wiederherstellen</translation>
    </message>
    <message>
        <source>Cannot read %1 from git</source>
        <translation>%1 kann nicht aus Git gelesen werden</translation>
    </message>
    <message>
        <source>Cannot export into %1: the folder is not empty</source>
        <translation>Export nach %1 nicht möglich: der Ordner ist nicht leer</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot export revision '%1'</source>
        <translation>Revision '%1' kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Both a name and an e-mail address are needed</source>
        <translation>Name und E-Mail-Adresse werden beide benötigt</translation>
    </message>
    <message>
        <source>Cannot open the repository %1</source>
        <translation>Das Repository %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot read the configuration of %1</source>
        <translation>Die Konfiguration von %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot open .git/config of %1</source>
        <translation>.git/config von %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot store the identity in %1/.git/config</source>
        <translation>Die Identität kann nicht in %1/.git/config gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot list the branches of %1</source>
        <translation>Die Branches von %1 können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>Cannot read HEAD of %1</source>
        <translation>HEAD von %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>A branch named '%1' already exists</source>
        <translation>Ein Branch namens '%1' existiert bereits</translation>
    </message>
    <message>
        <source>'%1' is not a valid branch name</source>
        <translation>'%1' ist kein gültiger Branch-Name</translation>
    </message>
    <message>
        <source>Cannot create the branch '%1'</source>
        <translation>Der Branch '%1' kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Local changes would be overwritten; commit them first (nothing was changed)</source>
        <translation>Lokale Änderungen würden überschrieben; zuerst committen (nichts wurde geändert)</translation>
    </message>
    <message>
        <source>Cannot check out the files</source>
        <translation>Die Dateien können nicht ausgecheckt werden</translation>
    </message>
    <message>
        <source>There is no branch named '%1'</source>
        <translation>Es gibt keinen Branch namens '%1'</translation>
    </message>
    <message>
        <source>Cannot switch to the branch '%1'</source>
        <translation>Wechsel zum Branch '%1' nicht möglich</translation>
    </message>
    <message>
        <source>Cannot switch to '%1': %2</source>
        <translation>Wechsel zu '%1' nicht möglich: %2</translation>
    </message>
    <message>
        <source>Cannot check out '%1': %2</source>
        <translation>'%1' kann nicht ausgecheckt werden: %2</translation>
    </message>
    <message>
        <source>Cannot check out '%1'</source>
        <translation>'%1' kann nicht ausgecheckt werden</translation>
    </message>
    <message>
        <source>A tag named '%1' already exists</source>
        <translation>Ein Tag namens '%1' existiert bereits</translation>
    </message>
    <message>
        <source>'%1' is not a valid tag name</source>
        <translation>'%1' ist kein gültiger Tag-Name</translation>
    </message>
    <message>
        <source>Cannot create the tag '%1'</source>
        <translation>Das Tag '%1' kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot list the tags of %1</source>
        <translation>Die Tags von %1 können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>Cannot open a repository at %1: the folder does not exist</source>
        <translation>Repository in %1 kann nicht geöffnet werden: der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not inside a git repository. Create one with 'mlwb-cli init' (or 'git init') first.</source>
        <translation>%1 liegt in keinem Git-Repository. Zuerst eines mit 'mlwb-cli init' (oder 'git init') anlegen.</translation>
    </message>
    <message>
        <source>Cannot open the git repository at %1</source>
        <translation>Das Git-Repository in %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 is a bare repository; open a clone with a working tree instead</source>
        <translation>%1 ist ein Bare-Repository; stattdessen einen Klon mit Arbeitsverzeichnis öffnen</translation>
    </message>
    <message>
        <source>%1 already contains a git repository</source>
        <translation>%1 enthält bereits ein Git-Repository</translation>
    </message>
    <message>
        <source>Cannot create a git repository in %1</source>
        <translation>In %1 kann kein Git-Repository angelegt werden</translation>
    </message>
    <message>
        <source>%1 is outside the repository %2</source>
        <translation>%1 liegt außerhalb des Repositorys %2</translation>
    </message>
    <message>
        <source>Cannot read the status of %1</source>
        <translation>Der Status von %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Git does not know who you are: set user.name and user.email (git config --global user.name "Your Name"; git config --global user.email you@example.com) or give an author explicitly</source>
        <translation>Git weiß nicht, wer Sie sind: user.name und user.email setzen (git config --global user.name "Ihr Name"; git config --global user.email sie@example.com) oder einen Autor ausdrücklich angeben</translation>
    </message>
    <message>
        <source>Cannot read user.name/user.email from the git configuration</source>
        <translation>user.name/user.email können nicht aus der Git-Konfiguration gelesen werden</translation>
    </message>
    <message>
        <source>Git does not know who you are: set user.name and user.email in the git configuration or give an author explicitly</source>
        <translation>Git weiß nicht, wer Sie sind: user.name und user.email in der Git-Konfiguration setzen oder einen Autor ausdrücklich angeben</translation>
    </message>
    <message>
        <source>An author needs both a name and an e-mail address</source>
        <translation>Ein Autor braucht Name und E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Invalid author "%1 &lt;%2&gt;"</source>
        <translation>Ungültiger Autor "%1 &lt;%2&gt;"</translation>
    </message>
    <message>
        <source>A commit needs a message</source>
        <translation>Ein Commit braucht eine Nachricht</translation>
    </message>
    <message>
        <source>Cannot read the tree to commit</source>
        <translation>Der zu committende Tree kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot create the commit</source>
        <translation>Der Commit kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>No files were given to commit</source>
        <translation>Keine Dateien zum Committen angegeben</translation>
    </message>
    <message>
        <source>Cannot read the last commit's files</source>
        <translation>Die Dateien des letzten Commits können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot prepare the first commit</source>
        <translation>Der erste Commit kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>There are no changes to commit in %1</source>
        <translation>In %1 gibt es keine Änderungen zum Committen</translation>
    </message>
    <message>
        <source>%1 has an unresolved merge conflict; resolve it before committing</source>
        <translation>%1 hat einen ungelösten Merge-Konflikt; vor dem Committen lösen</translation>
    </message>
    <message>
        <source>%1 is excluded by .gitignore (data files are versioned through their dataset manifests); commit its manifest instead</source>
        <translation>%1 ist durch .gitignore ausgeschlossen (Datendateien werden über ihre Datensatz-Manifeste versioniert); stattdessen das Manifest committen</translation>
    </message>
    <message>
        <source>Cannot store %1 in git</source>
        <translation>%1 kann nicht in Git gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot commit %1: the file does not exist and is not in the last commit</source>
        <translation>%1 kann nicht committet werden: die Datei existiert nicht und ist nicht im letzten Commit</translation>
    </message>
    <message>
        <source>Cannot build the tree to commit</source>
        <translation>Der zu committende Tree kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1: nothing changed since the last commit</source>
        <translation>%1: seit dem letzten Commit nichts geändert</translation>
    </message>
    <message>
        <source>Committed %1, but cannot update the index</source>
        <translation>%1 committet, aber der Index kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>Committed %1, but cannot write the index</source>
        <translation>%1 committet, aber der Index kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Cannot compute MD5 (OpenSSL's MD5 is unavailable)</source>
        <translation>MD5 kann nicht berechnet werden (MD5 von OpenSSL ist nicht verfügbar)</translation>
    </message>
    <message>
        <source>Cannot read %1: the file does not exist in the working tree</source>
        <translation>%1 kann nicht gelesen werden: die Datei existiert nicht im Arbeitsverzeichnis</translation>
    </message>
    <message>
        <source>Cannot read %1 at revision '%2': %3</source>
        <translation>%1 kann in Revision '%2' nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1 has unresolved merge-conflict markers; resolve the conflict first (%2)</source>
        <translation>%1 enthält ungelöste Merge-Konfliktmarkierungen; zuerst den Konflikt lösen (%2)</translation>
    </message>
    <message>
        <source>Cannot parse %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>size differs (%1 vs %2 bytes)</source>
        <translation>Größe unterschiedlich (%1 gegenüber %2 Bytes)</translation>
    </message>
    <message>
        <source>content differs</source>
        <translation>Inhalt unterschiedlich</translation>
    </message>
    <message>
        <source>'%1' is not a run id</source>
        <translation>'%1' ist keine Lauf-ID</translation>
    </message>
    <message>
        <source>There is no run '%1' in %2 (see mlwb-cli store runs)</source>
        <translation>Es gibt keinen Lauf '%1' in %2 (siehe mlwb-cli store runs)</translation>
    </message>
    <message>
        <source>Run '%1' has no run.json: it is still running or did not finish</source>
        <translation>Lauf '%1' hat keine run.json: er läuft noch oder wurde nicht beendet</translation>
    </message>
    <message>
        <source>Run '%1' was not made from a git commit, so it cannot be reproduced; commit the pipeline and run it again</source>
        <translation>Lauf '%1' stammt nicht aus einem Git-Commit und ist daher nicht reproduzierbar; die Pipeline committen und erneut ausführen</translation>
    </message>
    <message>
        <source>Run '%1' was made from uncommitted changes: re-running commit %2, which may differ from what actually ran</source>
        <translation>Lauf '%1' stammt aus nicht committeten Änderungen: Commit %2 wird erneut ausgeführt, was vom tatsächlich Gelaufenen abweichen kann</translation>
    </message>
    <message>
        <source>Run '%1' does not record its pipeline file</source>
        <translation>Lauf '%1' hat seine Pipeline-Datei nicht erfasst</translation>
    </message>
    <message>
        <source>The pipeline of run '%1' (%2) is not in the repository %3</source>
        <translation>Die Pipeline von Lauf '%1' (%2) ist nicht im Repository %3</translation>
    </message>
    <message>
        <source>The commit %1 of run '%2' is not in this repository: %3</source>
        <translation>Der Commit %1 von Lauf '%2' ist nicht in diesem Repository: %3</translation>
    </message>
    <message>
        <source>%1 is not in commit %2</source>
        <translation>%1 ist nicht in Commit %2</translation>
    </message>
    <message>
        <source>Dataset manifest %1 at commit %2: %3</source>
        <translation>Datensatz-Manifest %1 in Commit %2: %3</translation>
    </message>
    <message>
        <source>The data of dataset %1 (%2) is %3 since commit %4</source>
        <translation>Die Daten von Datensatz %1 (%2) sind seit Commit %4 %3</translation>
    </message>
    <message>
        <source>Cannot link %1 into %2</source>
        <translation>%1 kann nicht nach %2 verlinkt werden</translation>
    </message>
    <message>
        <source>missing in the %1 run</source>
        <translation>fehlt im Lauf %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>original</source>
        <translation>ursprünglich</translation>
    </message>
    <message>
        <source>a file in one run, a folder in the other</source>
        <translation>in einem Lauf eine Datei, im anderen ein Ordner</translation>
    </message>
    <message>
        <source>the folders hold different files</source>
        <translation>die Ordner enthalten unterschiedliche Dateien</translation>
    </message>
    <message>
        <source>not produced by the new run</source>
        <translation>vom neuen Lauf nicht erzeugt</translation>
    </message>
    <message>
        <source>not produced by the original run</source>
        <translation>vom ursprünglichen Lauf nicht erzeugt</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read %1: it is not valid gzip data</source>
        <translation>%1 kann nicht gelesen werden: keine gültigen gzip-Daten</translation>
    </message>
    <message>
        <source>Cannot read %1: the gzip data is damaged</source>
        <translation>%1 kann nicht gelesen werden: die gzip-Daten sind beschädigt</translation>
    </message>
    <message>
        <source>%1 has no header line</source>
        <translation>%1 hat keine Kopfzeile</translation>
    </message>
    <message>
        <source>"%1" uses %2, which the Argo exporter does not support.</source>
        <translation>„%1“ verwendet %2, was der Argo-Exporter nicht unterstützt.</translation>
    </message>
    <message>
        <source>an IfPresent placeholder on "%1", which some tasks set and others do not</source>
        <translation>einen IfPresent-Platzhalter für „%1“, den manche Tasks setzen und andere nicht</translation>
    </message>
    <message>
        <source>The pipeline refers to the undefined component "%1".</source>
        <translation>Die Pipeline verweist auf die undefinierte Komponente „%1“.</translation>
    </message>
    <message>
        <source>an importer</source>
        <translation>einen Importer</translation>
    </message>
    <message>
        <source>a resolver</source>
        <translation>einen Resolver</translation>
    </message>
    <message>
        <source>Component "%1" has no container image (executor "%2").</source>
        <translation>Komponente „%1“ hat kein Container-Image (Executor „%2“).</translation>
    </message>
    <message>
        <source>the condition "%1"</source>
        <translation>die Bedingung „%1“</translation>
    </message>
    <message>
        <source>"%1" has no tasks.</source>
        <translation>„%1“ hat keine Tasks.</translation>
    </message>
    <message>
        <source>"%1" refers to the unknown task "%2".</source>
        <translation>„%1“ verweist auf den unbekannten Task „%2“.</translation>
    </message>
    <message>
        <source>a ParallelFor loop</source>
        <translation>eine ParallelFor-Schleife</translation>
    </message>
    <message>
        <source>Task "%1" depends on the unknown task "%2".</source>
        <translation>Task „%1“ hängt vom unbekannten Task „%2“ ab.</translation>
    </message>
    <message>
        <source>a parameter expression selector</source>
        <translation>einen Parameter-Ausdrucksselektor</translation>
    </message>
    <message>
        <source>an exit handler (taskFinalStatus)</source>
        <translation>einen Exit-Handler (taskFinalStatus)</translation>
    </message>
    <message>
        <source>an input source of "%1" it does not know</source>
        <translation>eine unbekannte Eingabequelle von „%1“</translation>
    </message>
    <message>
        <source>an artifact source of "%1" it does not know</source>
        <translation>eine unbekannte Artefaktquelle von „%1“</translation>
    </message>
    <message>
        <source>the output "%1" (only single-task outputs are supported)</source>
        <translation>die Ausgabe „%1“ (nur Ausgaben einzelner Tasks werden unterstützt)</translation>
    </message>
    <message>
        <source>This is not a KFP v2 pipeline: pipelineInfo.name or root.dag is missing.</source>
        <translation>Dies ist keine KFP-v2-Pipeline: pipelineInfo.name oder root.dag fehlt.</translation>
    </message>
    <message>
        <source>pipeline-level input artifacts</source>
        <translation>Eingabe-Artefakte auf Pipeline-Ebene</translation>
    </message>
    <message>
        <source>Component "%1" uses %2, which Argo Workflows cannot express without the KFP launcher.</source>
        <translation>Komponente „%1“ verwendet %2, was Argo Workflows ohne den KFP-Launcher nicht ausdrücken kann.</translation>
    </message>
    <message>
        <source>the executor-input placeholder {{$}} (a Python function component)</source>
        <translation>den Executor-Input-Platzhalter {{$}} (eine Python-Funktionskomponente)</translation>
    </message>
    <message>
        <source>the placeholder %1</source>
        <translation>den Platzhalter %1</translation>
    </message>
    <message>
        <source>Component "%1": cannot read the placeholder %2: %3.</source>
        <translation>Komponente „%1“: Platzhalter %2 nicht lesbar: %3.</translation>
    </message>
    <message>
        <source>The YAML is not valid: line %1, column %2: %3.</source>
        <translation>Das YAML ist ungültig: Zeile %1, Spalte %2: %3.</translation>
    </message>
    <message>
        <source>absent in %1</source>
        <translation>fehlt in %1</translation>
    </message>
    <message>
        <source>command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>cache key</source>
        <translation>Cache-Schlüssel</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>Aus dem Cache</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>The condition "%1" has no value: write e.g. param.lr&gt;0.1</source>
        <translation>Die Bedingung „%1“ hat keinen Wert: z. B. param.lr&gt;0.1 schreiben</translation>
    </message>
    <message>
        <source>Unknown run state "%1": use complete, failed, running, canceled, cached, interrupted or new</source>
        <translation>Unbekannter Laufzustand „%1“: complete, failed, running, canceled, cached, interrupted oder new verwenden</translation>
    </message>
    <message>
        <source>Cannot read the date "%1": write it as 2026-01-31 or 2026-01-31T12:00</source>
        <translation>Das Datum „%1“ ist nicht lesbar: als 2026-01-31 oder 2026-01-31T12:00 schreiben</translation>
    </message>
    <message>
        <source>the store has no runs yet</source>
        <translation>der Speicher enthält noch keine Läufe</translation>
    </message>
    <message>
        <source>recent runs: %1</source>
        <translation>letzte Läufe: %1</translation>
    </message>
    <message>
        <source> (and %1 more; mlwb-cli store runs lists them)</source>
        <translation> (und %1 weitere; mlwb-cli store runs listet sie)</translation>
    </message>
    <message>
        <source>'%1' is not a run id (like 20240601-101500-3fa2)</source>
        <translation>„%1“ ist keine Lauf-ID (etwa 20240601-101500-3fa2)</translation>
    </message>
    <message>
        <source>%1 has no run store (%2): run a pipeline in this workspace first, or pass --workspace</source>
        <translation>%1 hat keinen Laufspeicher (%2): führen Sie zuerst eine Pipeline in diesem Arbeitsbereich aus oder geben Sie --workspace an</translation>
    </message>
    <message>
        <source>There is no run '%1' in %2; %3</source>
        <translation>Es gibt keinen Lauf „%1“ in %2; %3</translation>
    </message>
    <message>
        <source>There is no drift report to store</source>
        <translation>Es gibt keinen Drift-Bericht zum Speichern</translation>
    </message>
    <message>
        <source>Cannot open the metadata store %1: the file does not exist</source>
        <translation>Der Metadatenspeicher %1 kann nicht geöffnet werden: die Datei existiert nicht</translation>
    </message>
    <message>
        <source>There is no artifact %1 in %2</source>
        <translation>Es gibt kein Artefakt %1 in %2</translation>
    </message>
    <message>
        <source>Artifact %1 has no URI: there is no file to compare</source>
        <translation>Artefakt %1 hat keine URI: es gibt keine Datei zum Vergleichen</translation>
    </message>
    <message>
        <source>Artifact %1 is stored at %2, not on this computer; download it and compare the local file</source>
        <translation>Artefakt %1 liegt unter %2, nicht auf diesem Rechner; laden Sie es herunter und vergleichen Sie die lokale Datei</translation>
    </message>
    <message>
        <source>Artifact %1 has an unreadable URI: %2</source>
        <translation>Artefakt %1 hat eine unlesbare URI: %2</translation>
    </message>
    <message>
        <source>Choose a file name to save the pipeline to.</source>
        <translation>Wählen Sie einen Dateinamen zum Speichern der Pipeline.</translation>
    </message>
    <message>
        <source>Cannot save %1: the folder %2 does not exist.</source>
        <translation>%1 kann nicht gespeichert werden: der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>exporter</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>container runtime</source>
        <translation>Container-Laufzeit</translation>
    </message>
    <message>
        <source>drift metric</source>
        <translation>Drift-Metrik</translation>
    </message>
    <message>
        <source>%1 describes remote data (%2); download it and give the local file instead</source>
        <translation>%1 beschreibt entfernte Daten (%2); laden Sie sie herunter und geben Sie stattdessen die lokale Datei an</translation>
    </message>
    <message>
        <source>%1 lists %2 outputs; give the data file itself</source>
        <translation>%1 listet %2 Ausgaben; geben Sie die Datendatei selbst an</translation>
    </message>
    <message>
        <source>%1 describes %2, which is not there; fetch the data first (e.g. dvc pull)</source>
        <translation>%1 beschreibt %2, das nicht vorhanden ist; holen Sie zuerst die Daten (z. B. dvc pull)</translation>
    </message>
    <message>
        <source>%1 describes the folder %2; a single data file is needed: give one file of that folder</source>
        <translation>%1 beschreibt den Ordner %2; nötig ist eine einzelne Datendatei: geben Sie eine Datei aus diesem Ordner an</translation>
    </message>
    <message>
        <source>an importer whose URI comes from an input of a nested DAG</source>
        <translation>einen Importer, dessen URI aus einem Eingang eines verschachtelten DAG stammt</translation>
    </message>
    <message>
        <source>The importer "%1" reads its URI from the pipeline parameter "%2", which has no default value. Argo needs the data's location in the workflow: give the parameter a default.</source>
        <translation>Der Importer „%1“ liest seine URI aus dem Pipeline-Parameter „%2“, der keinen Standardwert hat. Argo braucht den Speicherort der Daten im Workflow: geben Sie dem Parameter einen Standardwert.</translation>
    </message>
    <message>
        <source>an importer URI source it does not know</source>
        <translation>eine unbekannte URI-Quelle eines Importers</translation>
    </message>
    <message>
        <source>The importer "%1" has no URI to import.</source>
        <translation>Der Importer „%1“ hat keine URI zum Importieren.</translation>
    </message>
    <message>
        <source>The dataset path "%1" of "%2" names no file.</source>
        <translation>Der Datensatzpfad „%1“ von „%2“ bezeichnet keine Datei.</translation>
    </message>
    <message>
        <source>Dataset %1 is a local file. Before submitting, upload it (the path is relative to the pipeline's folder) to the key "%2" in the bucket of your Argo default artifact repository, or point the workflow input artifact "%3" (spec.arguments.artifacts) at where the data lives.</source>
        <translation>Datensatz %1 ist eine lokale Datei. Laden Sie sie vor dem Absenden (der Pfad ist relativ zum Ordner der Pipeline) unter dem Schlüssel „%2“ in den Bucket Ihres Argo-Standard-Artefakt-Repositorys hoch, oder lassen Sie das Workflow-Eingabeartefakt „%3“ (spec.arguments.artifacts) auf den Speicherort der Daten zeigen.</translation>
    </message>
    <message>
        <source>the dataset URI scheme "%1://" (supported: s3, gs, oss, minio, http, https and local paths)</source>
        <translation>das Datensatz-URI-Schema „%1://“ (unterstützt: s3, gs, oss, minio, http, https und lokale Pfade)</translation>
    </message>
    <message>
        <source>The dataset URI "%1" of "%2" names no object (expected %3://bucket/key).</source>
        <translation>Die Datensatz-URI „%1“ von „%2“ bezeichnet kein Objekt (erwartet: %3://bucket/key).</translation>
    </message>
    <message>
        <source>Dataset %1: Argo needs the endpoint of the %2 server, which the URI does not name. Add `endpoint:` to the workflow input artifact "%3"; without it Argo reads the key "%4" from its default artifact repository.</source>
        <translation>Datensatz %1: Argo braucht den Endpunkt des %2-Servers, den die URI nicht nennt. Ergänzen Sie `endpoint:` im Workflow-Eingabeartefakt „%3“; ohne ihn liest Argo den Schlüssel „%4“ aus seinem Standard-Artefakt-Repository.</translation>
    </message>
    <message>
        <source>Please note:</source>
        <translation>Bitte beachten:</translation>
    </message>
    <message>
        <source>Kubeflow Pipelines package</source>
        <translation>Kubeflow-Pipelines-Paket</translation>
    </message>
    <message>
        <source>Kubeflow Pipelines v2 IR</source>
        <translation>Kubeflow-Pipelines-v2-IR</translation>
    </message>
    <message>
        <source>Unknown export format "%1".</source>
        <translation>Unbekanntes Exportformat „%1“.</translation>
    </message>
    <message>
        <source>Export Pipeline</source>
        <translation>Pipeline exportieren</translation>
    </message>
    <message>
        <source>Save the pipeline before exporting it.</source>
        <translation>Speichern Sie die Pipeline, bevor Sie sie exportieren.</translation>
    </message>
    <message>
        <source>Cannot export the pipeline as %1: %2</source>
        <translation>Die Pipeline kann nicht als %1 exportiert werden: %2</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>%1 exportiert.</translation>
    </message>
    <message>
        <source>Import Pipeline</source>
        <translation>Pipeline importieren</translation>
    </message>
    <message>
        <source>Pipeline packages (*.zip *.yaml *.yml *.json)</source>
        <translation>Pipeline-Pakete (*.zip *.yaml *.yml *.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Into Folder</source>
        <translation>In Ordner importieren</translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importiert.</translation>
    </message>
    <message>
        <source>Pass --allow-dirty to re-run the committed version anyway.</source>
        <translation>Mit --allow-dirty trotzdem die committete Version erneut ausführen.</translation>
    </message>
    <message>
        <source>Pass --allow-data-change to re-run with the current data.</source>
        <translation>Mit --allow-data-change mit den aktuellen Daten erneut ausführen.</translation>
    </message>
    <message>
        <source>Processes a container may run at once (default: the workspace setting, 4096).</source>
        <translation>Prozesse, die ein Container gleichzeitig ausführen darf (Standard: die Einstellung des Arbeitsbereichs, 4096).</translation>
    </message>
    <message>
        <source>Memory limit of tasks that set none, e.g. 4g or 50% (default: the workspace setting, 75%).</source>
        <translation>Speichergrenze für Tasks, die keine festlegen, z. B. 4g oder 50% (Standard: die Einstellung des Arbeitsbereichs, 75%).</translation>
    </message>
    <message>
        <source>When to pull the steps' images before the run: never, missing (the images not on this machine) or always (default: the workspace setting containers.pull, missing).</source>
        <translation>Wann die Images der Schritte vor dem Lauf heruntergeladen werden: never, missing (die Images, die nicht auf diesem Rechner sind) oder always (Standard: die Einstellung containers.pull des Arbeitsbereichs, missing).</translation>
    </message>
    <message>
        <source>--pids-limit needs a positive number</source>
        <translation>--pids-limit braucht eine positive Zahl</translation>
    </message>
    <message>
        <source>--default-memory: %1</source>
        <translation>--default-memory: %1</translation>
    </message>
    <message>
        <source>--pull: %1</source>
        <translation>--pull: %1</translation>
    </message>
    <message>
        <source>missing: %1 does not exist (%2 records it; fetch it first, e.g. dvc pull)</source>
        <translation>fehlt: %1 existiert nicht (%2 verzeichnet es; zuerst holen, z. B. dvc pull)</translation>
    </message>
    <message>
        <source>changed: %1 (%2): %3 records md5 %4, the data has %5</source>
        <translation>geändert: %1 (%2): %3 verzeichnet md5 %4, die Daten haben %5</translation>
    </message>
    <message>
        <source>Checks the data against its manifest, .dvc file or dvc.lock entry. Exit 0 unchanged, 1 changed or missing.</source>
        <translation>Prüft die Daten gegen ihr Manifest, ihre .dvc-Datei oder ihren dvc.lock-Eintrag. Exit-Code 0: unverändert, 1: geändert oder fehlend.</translation>
    </message>
    <message>
        <source>NAME.dataset.yaml, a .dvc file or [DIR/]dvc.lock:STAGE:PATH</source>
        <translation>NAME.dataset.yaml, eine .dvc-Datei oder [DIR/]dvc.lock:STAGE:PFAD</translation>
    </message>
    <message>
        <source>Lists the datasets of the workspace: *.dataset.yaml and .dvc files, and the outputs of every dvc.lock stage.</source>
        <translation>Listet die Datensätze des Arbeitsbereichs: *.dataset.yaml- und .dvc-Dateien sowie die Ausgaben jeder dvc.lock-Stage.</translation>
    </message>
    <message>
        <source>%1  %2  %3  (stage %4 of %5)</source>
        <translation>%1  %2  %3  (Stage %4 von %5)</translation>
    </message>
    <message>
        <source>No dvc.lock in the folder of %1 or above it has a stage writing it</source>
        <translation>Keine dvc.lock im Ordner von %1 oder darüber hat eine Stage, die es schreibt</translation>
    </message>
    <message>
        <source>The dvc.lock stages that produced a dataset, producers first: each stage's command, inputs (and the stage they came from) and outputs.</source>
        <translation>Die dvc.lock-Stages, die einen Datensatz erzeugt haben, Erzeuger zuerst: Befehl, Eingaben (und die Stage, aus der sie stammen) und Ausgaben jeder Stage.</translation>
    </message>
    <message>
        <source>a data path, or [DIR/]dvc.lock:STAGE:PATH</source>
        <translation>ein Datenpfad oder [DIR/]dvc.lock:STAGE:PFAD</translation>
    </message>
    <message>
        <source># %1 in %2</source>
        <translation># %1 in %2</translation>
    </message>
    <message>
        <source>stage %1: %2</source>
        <translation>Stage %1: %2</translation>
    </message>
    <message>
        <source>  in   %1  %2</source>
        <translation>  Eingabe  %1  %2</translation>
    </message>
    <message>
        <source>  in   %1  %2  (from %3)</source>
        <translation>  Eingabe  %1  %2  (von %3)</translation>
    </message>
    <message>
        <source>  out  %1  %2</source>
        <translation>  Ausgabe  %1  %2</translation>
    </message>
    <message>
        <source>Check data against its manifest, .dvc or dvc.lock.</source>
        <translation>Daten gegen ihr Manifest, .dvc oder dvc.lock prüfen.</translation>
    </message>
    <message>
        <source>List datasets (.dataset.yaml, .dvc, dvc.lock).</source>
        <translation>Datensätze auflisten (.dataset.yaml, .dvc, dvc.lock).</translation>
    </message>
    <message>
        <source>The dvc.lock stages that produced a dataset.</source>
        <translation>Die dvc.lock-Stages, die einen Datensatz erzeugt haben.</translation>
    </message>
    <message>
        <source>network: on (task option)</source>
        <translation>Netzwerk: an (Task-Option)</translation>
    </message>
    <message>
        <source>network: on (component default)</source>
        <translation>Netzwerk: an (Standard der Komponente)</translation>
    </message>
    <message>
        <source>Killed: out of memory. Set a memory limit on the task or free memory on this machine.</source>
        <translation>Beendet: Speicher erschöpft. Eine Speichergrenze am Task festlegen oder Speicher auf diesem Rechner freigeben.</translation>
    </message>
    <message>
        <source>Killed: out of memory (limit %1). Raise the task's memory limit or the workspace default.</source>
        <translation>Beendet: Speicher erschöpft (Grenze %1). Die Speichergrenze des Tasks oder den Standard des Arbeitsbereichs erhöhen.</translation>
    </message>
    <message>
        <source>input '%1' (%2) cannot take '%3': %4</source>
        <translation>Eingang '%1' (%2) kann '%3' nicht annehmen: %4</translation>
    </message>
    <message>
        <source>It is built on this machine by %1.</source>
        <translation>Es wird auf diesem Rechner mit %1 gebaut.</translation>
    </message>
    <message>
        <source>Task '%1' needs the image '%2': %3</source>
        <translation>Task '%1' braucht das Image '%2': %3</translation>
    </message>
    <message>
        <source>Task '%1' needs the image '%2', which is not on this machine, and the pull policy is "never". Pull or build it first, or let the run pull it (pull policy "missing": mlwb-cli run --pull missing, or "containers": {"pull": "missing"} in .mlwb/settings.json).</source>
        <translation>Task '%1' braucht das Image '%2', das nicht auf diesem Rechner ist, und die Pull-Richtlinie ist „never“. Das Image zuerst herunterladen oder bauen oder den Lauf es herunterladen lassen (Pull-Richtlinie „missing“: mlwb-cli run --pull missing oder "containers": {"pull": "missing"} in .mlwb/settings.json).</translation>
    </message>
    <message>
        <source>Cancelled before the image '%1' was pulled.</source>
        <translation>Abgebrochen, bevor das Image '%1' heruntergeladen wurde.</translation>
    </message>
    <message>
        <source>Pulling %1 for task '%2' (pull policy: %3)…</source>
        <translation>%1 wird für Task '%2' heruntergeladen (Pull-Richtlinie: %3)…</translation>
    </message>
    <message>
        <source>Cancelled while pulling the image '%1'.</source>
        <translation>Beim Herunterladen des Images '%1' abgebrochen.</translation>
    </message>
    <message>
        <source>Task '%1' needs the image '%2': it was pulled, but: %3</source>
        <translation>Task '%1' braucht das Image '%2': es wurde heruntergeladen, aber: %3</translation>
    </message>
    <message>
        <source>Pulled %1 (%2)</source>
        <translation>%1 heruntergeladen (%2)</translation>
    </message>
    <message>
        <source>A run is already in progress.</source>
        <translation>Ein Lauf ist bereits im Gange.</translation>
    </message>
    <message>
        <source>Cancelled before the run started.</source>
        <translation>Vor dem Start des Laufs abgebrochen.</translation>
    </message>
    <message>
        <source>Exporting the commit of run %1…</source>
        <translation>Commit von Lauf %1 wird exportiert…</translation>
    </message>
    <message>
        <source>Reading the git state of the workspace…</source>
        <translation>Git-Status des Arbeitsbereichs wird gelesen…</translation>
    </message>
    <message>
        <source>Looking for a container engine…</source>
        <translation>Suche nach einer Container-Engine…</translation>
    </message>
    <message>
        <source>Checking the images of the steps…</source>
        <translation>Images der Schritte werden geprüft…</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>'%1' is not a pull policy: use never, missing or always</source>
        <translation>'%1' ist keine Pull-Richtlinie: never, missing oder always verwenden</translation>
    </message>
    <message>
        <source>'%1' is not a memory size: write it like 4g, 512m, 4Gi or 75%</source>
        <translation>'%1' ist keine Speichergröße: z. B. 4g, 512m, 4Gi oder 75% schreiben</translation>
    </message>
    <message>
        <source>Invalid workspace setting "%1" in %2: %3</source>
        <translation>Ungültige Arbeitsbereich-Einstellung „%1“ in %2: %3</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at byte %3</source>
        <translation>%1 ist kein gültiges JSON: %2 bei Byte %3</translation>
    </message>
    <message>
        <source>%1 must hold a JSON object</source>
        <translation>%1 muss ein JSON-Objekt enthalten</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>Objekt erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>expected a whole number of at least 1, found %1</source>
        <translation>ganze Zahl von mindestens 1 erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>expected a size such as "4g" or "512Mi", or a share of this machine's memory such as "75%", found %1</source>
        <translation>Größe wie „4g“ oder „512Mi“ oder Anteil am Speicher dieses Rechners wie „75%“ erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>expected "never", "missing" or "always", found %1</source>
        <translation>„never“, „missing“ oder „always“ erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>not valid JSON (error at character %1)</source>
        <translation>kein gültiges JSON (Fehler bei Zeichen %1)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>not a JSON array</source>
        <translation>kein JSON-Array</translation>
    </message>
    <message>
        <source>not an integer</source>
        <translation>keine ganze Zahl</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <source>not a boolean (use True or False)</source>
        <translation>kein Wahrheitswert (True oder False verwenden)</translation>
    </message>
    <message>
        <source>Pipeline parameter "%1" (%2) cannot take "%3": %4.</source>
        <translation>Pipeline-Parameter „%1“ (%2) kann „%3“ nicht annehmen: %4.</translation>
    </message>
    <message>
        <source>Pipeline parameter "%1" (%2) has the default "%3", which does not fit: %4.</source>
        <translation>Pipeline-Parameter „%1“ (%2) hat den Standardwert „%3“, der nicht passt: %4.</translation>
    </message>
    <message>
        <source>Task "%1": input "%2" (%3) cannot take "%4": %5.</source>
        <translation>Task „%1“: Eingang „%2“ (%3) kann „%4“ nicht annehmen: %5.</translation>
    </message>
    <message>
        <source>%1: wdir '%2' leads to %3, but the file is in no DVC or git repository that would contain that folder</source>
        <translation>%1: wdir '%2' führt zu %3, aber die Datei liegt in keinem DVC- oder Git-Repository, das diesen Ordner enthielte</translation>
    </message>
    <message>
        <source>%1: wdir '%2' leads to %3, outside %4 (the root of its repository or workspace); a DVC file only describes data inside its repository</source>
        <translation>%1: wdir '%2' führt zu %3, außerhalb von %4 (der Wurzel seines Repositorys oder Arbeitsbereichs); eine DVC-Datei beschreibt nur Daten innerhalb ihres Repositorys</translation>
    </message>
    <message>
        <source>%1 has no stage '%2' (its stages: %3)</source>
        <translation>%1 hat keine Stage '%2' (seine Stages: %3)</translation>
    </message>
    <message>
        <source>Stage '%1' of %2 has no output '%3' (its outputs: %4)</source>
        <translation>Stage '%1' von %2 hat keine Ausgabe '%3' (ihre Ausgaben: %4)</translation>
    </message>
    <message>
        <source>%1 records no md5 for %2; there is nothing to verify against</source>
        <translation>%1 verzeichnet kein md5 für %2; es gibt nichts, wogegen geprüft werden kann</translation>
    </message>
    <message>
        <source>'%1' must be a whole number</source>
        <translation>'%1' muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>each entry of '%1' needs a 'path'</source>
        <translation>jeder Eintrag von '%1' braucht einen 'path'</translation>
    </message>
    <message>
        <source>'%1' must be text</source>
        <translation>'%1' muss Text sein</translation>
    </message>
    <message>
        <source>'%1' must be a list</source>
        <translation>'%1' muss eine Liste sein</translation>
    </message>
    <message>
        <source>'wdir' must be a folder path written as text (quote it, e.g. wdir: '%1')</source>
        <translation>'wdir' muss ein als Text geschriebener Ordnerpfad sein (in Anführungszeichen, z. B. wdir: '%1')</translation>
    </message>
    <message>
        <source>No stage of %1 writes %2</source>
        <translation>Keine Stage von %1 schreibt %2</translation>
    </message>
    <message>
        <source>stage '%1' must be a mapping (cmd, deps, params, outs)</source>
        <translation>Stage '%1' muss eine Map sein (cmd, deps, params, outs)</translation>
    </message>
    <message>
        <source>each command of 'cmd' must be text</source>
        <translation>jeder Befehl von 'cmd' muss Text sein</translation>
    </message>
    <message>
        <source>'cmd' must be text or a list of texts</source>
        <translation>'cmd' muss Text oder eine Liste von Texten sein</translation>
    </message>
    <message>
        <source>'params' must map a params file to its values</source>
        <translation>'params' muss einer params-Datei ihre Werte zuordnen</translation>
    </message>
    <message>
        <source>a dvc.lock is a mapping of stages</source>
        <translation>eine dvc.lock ist eine Map von Stages</translation>
    </message>
    <message>
        <source>dvc.lock schema '%1' is not supported (known: '2.0', or the DVC 1.x form without 'schema')</source>
        <translation>dvc.lock-Schema '%1' wird nicht unterstützt (bekannt: '2.0' oder die DVC-1.x-Form ohne 'schema')</translation>
    </message>
    <message>
        <source>'stages' must map stage names to stages</source>
        <translation>'stages' muss Stage-Namen ihre Stages zuordnen</translation>
    </message>
    <message>
        <source>'%1' is not a reference to an output of a dvc.lock stage; write dvc.lock:STAGE:PATH (or DIR/dvc.lock:STAGE:PATH), PATH as the lock file lists it</source>
        <translation>'%1' ist kein Verweis auf eine Ausgabe einer dvc.lock-Stage; dvc.lock:STAGE:PFAD (oder DIR/dvc.lock:STAGE:PFAD) schreiben, PFAD wie in der Lock-Datei aufgeführt</translation>
    </message>
    <message>
        <source>Run '%1' was made from uncommitted changes to the files it uses (on top of commit %2), so it cannot be reproduced exactly.</source>
        <translation>Lauf '%1' stammt aus nicht committeten Änderungen an den Dateien, die er verwendet (auf Commit %2), und ist daher nicht exakt reproduzierbar.</translation>
    </message>
    <message>
        <source>; the run cannot be reproduced exactly with it.</source>
        <translation>; damit ist der Lauf nicht exakt reproduzierbar.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Cannot delete %1 in %2</source>
        <translation>%1 in %2 kann nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>wb::argo::ArgoPlugin</name>
    <message>
        <source>Argo Workflow</source>
        <translation>Argo-Workflow</translation>
    </message>
</context>
<context>
    <name>wb::exec::ContainerRuntime</name>
    <message>
        <source>This runtime cannot pull images ('%1')</source>
        <translation>Diese Laufzeitumgebung kann keine Images herunterladen ('%1')</translation>
    </message>
</context>
<context>
    <name>wb::exec::DockerCliRuntime</name>
    <message>
        <source>'%1 %2' did not answer within %3 s</source>
        <translation>'%1 %2' hat nicht innerhalb von %3 s geantwortet</translation>
    </message>
    <message>
        <source>Cannot run the container engine client '%1': install docker.io (or set another client such as podman) or use the process runner</source>
        <translation>Der Container-Engine-Client '%1' kann nicht gestartet werden: docker.io installieren (oder einen anderen Client wie podman einstellen) oder den Prozess-Runner verwenden</translation>
    </message>
    <message>
        <source>No Docker engine is reachable at %1 (DOCKER_HOST=%2): start Docker or use the process runner</source>
        <translation>Unter %1 ist keine Docker-Engine erreichbar (DOCKER_HOST=%2): Docker starten oder den Prozess-Runner verwenden</translation>
    </message>
    <message>
        <source>unset</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Cannot inspect image '%1': the container engine failed</source>
        <translation>Image '%1' kann nicht untersucht werden: die Container-Engine ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The container engine client '%1' was killed by signal %2</source>
        <translation>Der Container-Engine-Client '%1' wurde durch Signal %2 beendet</translation>
    </message>
    <message>
        <source>The step did not finish within %1 s and was killed</source>
        <translation>Der Schritt wurde nicht innerhalb von %1 s fertig und wurde beendet</translation>
    </message>
    <message>
        <source>The container engine failed while running step '%1' (exit code %2): %3</source>
        <translation>Die Container-Engine ist beim Ausführen von Schritt '%1' fehlgeschlagen (Exit-Code %2): %3</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>keine Meldung</translation>
    </message>
    <message>
        <source>Cannot list mlwb containers: the container engine failed</source>
        <translation>mlwb-Container können nicht aufgelistet werden: die Container-Engine ist fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Cannot remove %n container(s)</source>
        <translation>
            <numerusform>%n Container kann nicht entfernt werden</numerusform>
            <numerusform>%n Container können nicht entfernt werden</numerusform>
        </translation>
    </message>
    <message>
        <source>Image '%1' is not on this machine</source>
        <translation>Image '%1' ist nicht auf diesem Rechner</translation>
    </message>
    <message>
        <source>The pull of '%1' was cancelled</source>
        <translation>Das Herunterladen von '%1' wurde abgebrochen</translation>
    </message>
    <message>
        <source>Cannot pull the image '%1': %2</source>
        <translation>Das Image '%1' kann nicht heruntergeladen werden: %2</translation>
    </message>
    <message>
        <source>'%1 pull' exited with code %2</source>
        <translation>'%1 pull' wurde mit Code %2 beendet</translation>
    </message>
    <message>
        <source>Image '%1' is not on this machine (it was removed after the run checked it)</source>
        <translation>Image '%1' ist nicht auf diesem Rechner (es wurde entfernt, nachdem der Lauf es geprüft hatte)</translation>
    </message>
</context>
<context>
    <name>wb::exec::FakeRuntime</name>
    <message>
        <source>The step did not finish within %1 s and was killed</source>
        <translation>Der Schritt wurde nicht innerhalb von %1 s fertig und wurde beendet</translation>
    </message>
    <message>
        <source>Fake step '%1' writes '%2', which is in no mount</source>
        <translation>Testschritt '%1' schreibt '%2', das in keinem Mount liegt</translation>
    </message>
    <message>
        <source>Fake step '%1' cannot write '%2': %3</source>
        <translation>Testschritt '%1' kann '%2' nicht schreiben: %3</translation>
    </message>
    <message>
        <source>Image '%1' is not on this machine</source>
        <translation>Image '%1' ist nicht auf diesem Rechner</translation>
    </message>
    <message>
        <source>The pull of '%1' was cancelled</source>
        <translation>Das Herunterladen von '%1' wurde abgebrochen</translation>
    </message>
    <message>
        <source>Cannot pull the image '%1': %2</source>
        <translation>Das Image '%1' kann nicht heruntergeladen werden: %2</translation>
    </message>
</context>
<context>
    <name>wb::exec::ProcessRuntime</name>
    <message>
        <source>process runner: the step runs on this machine without isolation</source>
        <translation>Prozess-Runner: der Schritt läuft ohne Isolation auf diesem Rechner</translation>
    </message>
    <message>
        <source>The process runner needs an explicit command for step '%1': without a container engine the image's entrypoint is unknown</source>
        <translation>Der Prozess-Runner braucht einen expliziten Befehl für Schritt '%1': ohne Container-Engine ist der Entrypoint des Images unbekannt</translation>
    </message>
    <message>
        <source>Cannot start '%1': %2</source>
        <translation>'%1' kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>The step did not finish within %1 s and was killed</source>
        <translation>Der Schritt wurde nicht innerhalb von %1 s fertig und wurde beendet</translation>
    </message>
    <message>
        <source>process runner: network access cannot be restricted; the step can reach the network like any program on this machine</source>
        <translation>Prozess-Runner: der Netzwerkzugriff kann nicht eingeschränkt werden; der Schritt erreicht das Netzwerk wie jedes Programm auf diesem Rechner</translation>
    </message>
    <message>
        <source>memory %1</source>
        <translation>Speicher %1</translation>
    </message>
    <message>
        <source>%1 processes</source>
        <translation>%1 Prozesse</translation>
    </message>
    <message>
        <source>%1 CPUs</source>
        <translation>%1 CPU-Kerne</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>process runner: the step's limits are not applied (%1)</source>
        <translation>Prozess-Runner: die Grenzen des Schritts werden nicht angewendet (%1)</translation>
    </message>
</context>
<context>
    <name>wb::exec::RunController</name>
    <message>
        <source>A run is already in progress</source>
        <translation>Es läuft bereits ein Lauf</translation>
    </message>
    <message>
        <source>There is nothing to run</source>
        <translation>Es gibt nichts auszuführen</translation>
    </message>
    <message>
        <source>No workspace folder for the run</source>
        <translation>Kein Arbeitsbereich-Ordner für den Lauf</translation>
    </message>
    <message>
        <source>The secret '%1' is not set in the environment; export %1 before starting the run</source>
        <translation>Das Secret '%1' ist in der Umgebung nicht gesetzt; %1 vor dem Start des Laufs exportieren</translation>
    </message>
    <message>
        <source>The run '%1' exists already in %2</source>
        <translation>Der Lauf '%1' existiert bereits in %2</translation>
    </message>
    <message>
        <source>Cannot create the run folder %1</source>
        <translation>Der Laufordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot record the run in the metadata store: %1</source>
        <translation>Der Lauf kann nicht im Metadatenspeicher erfasst werden: %1</translation>
    </message>
    <message>
        <source>The pipeline has no task '%1' to re-run from</source>
        <translation>Die Pipeline hat keinen Task '%1', ab dem erneut ausgeführt werden kann</translation>
    </message>
    <message>
        <source>Re-running from '%1' needs the run whose outputs to reuse</source>
        <translation>Erneutes Ausführen ab '%1' braucht den Lauf, dessen Ausgaben wiederverwendet werden</translation>
    </message>
    <message>
        <source>There is no run '%1' in %2</source>
        <translation>Es gibt keinen Lauf '%1' in %2</translation>
    </message>
    <message>
        <source>Task '%1' has no outputs in run '%2' (state: %3); re-run from an earlier task</source>
        <translation>Task '%1' hat keine Ausgaben in Lauf '%2' (Zustand: %3); ab einem früheren Task erneut ausführen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Not part of the re-run and not complete in run '%1'</source>
        <translation>Nicht Teil der erneuten Ausführung und in Lauf '%1' nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Cannot read '%1.%2' for the run condition: %3</source>
        <translation>'%1.%2' für die Ausführungsbedingung nicht lesbar: %3</translation>
    </message>
    <message>
        <source>Condition %1.%2 %3 %4 is false (value: %5)</source>
        <translation>Bedingung %1.%2 %3 %4 ist falsch (Wert: %5)</translation>
    </message>
    <message>
        <source>Upstream task '%1' did not succeed</source>
        <translation>Vorgelagerter Task '%1' war nicht erfolgreich</translation>
    </message>
    <message>
        <source>Upstream task '%1' was skipped</source>
        <translation>Vorgelagerter Task '%1' wurde übersprungen</translation>
    </message>
    <message>
        <source>Cancelled before it started</source>
        <translation>Vor dem Start abgebrochen</translation>
    </message>
    <message>
        <source>Cancelled while waiting for a retry</source>
        <translation>Beim Warten auf eine Wiederholung abgebrochen</translation>
    </message>
    <message>
        <source>Task '%1' failed: %2</source>
        <translation>Task '%1' fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The run was cancelled</source>
        <translation>Der Lauf wurde abgebrochen</translation>
    </message>
    <message>
        <source>Cannot record the end of the run: %1</source>
        <translation>Das Ende des Laufs kann nicht erfasst werden: %1</translation>
    </message>
    <message>
        <source>Input '%1' needs output '%2' of task '%3', which does not exist</source>
        <translation>Eingang '%1' braucht Ausgang '%2' von Task '%3', der nicht existiert</translation>
    </message>
    <message>
        <source>Cannot read input '%1': %2</source>
        <translation>Eingang '%1' kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Input '%1' takes the content of '%2' as a value, but it cannot be read (values are limited to %3 bytes; use inputPath for big data): %4</source>
        <translation>Eingang '%1' übernimmt den Inhalt von '%2' als Wert, aber er ist nicht lesbar (Werte sind auf %3 Bytes begrenzt; für große Daten inputPath verwenden): %4</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Timed out after %1 s and was killed</source>
        <translation>Zeitlimit nach %1 s überschritten, beendet</translation>
    </message>
    <message>
        <source>Killed by signal %1</source>
        <translation>Durch Signal %1 beendet</translation>
    </message>
    <message>
        <source>Exited with code %1</source>
        <translation>Mit Code %1 beendet</translation>
    </message>
    <message>
        <source>The step did not write its output '%1' (expected at %2)</source>
        <translation>Der Schritt hat seine Ausgabe '%1' nicht geschrieben (erwartet unter %2)</translation>
    </message>
    <message>
        <source>Attempt %1 failed (%2); retrying in %3 ms</source>
        <translation>Versuch %1 fehlgeschlagen (%2); neuer Versuch in %3 ms</translation>
    </message>
    <message>
        <source>Cannot record the step in the metadata store: %1</source>
        <translation>Der Schritt kann nicht im Metadatenspeicher erfasst werden: %1</translation>
    </message>
    <message>
        <source>Cannot keep the pull log: %1</source>
        <translation>Das Pull-Log kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Attempt %1 failed: %2</source>
        <translation>Versuch %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Cached: nothing ran; the outputs are those of %1</source>
        <translation>Aus dem Cache: nichts ausgeführt; die Ausgaben stammen von %1</translation>
    </message>
</context>
<context>
    <name>wb::model::PipelineDocument</name>
    <message>
        <source>The task no longer exists.</source>
        <translation>Der Task existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The component is not available.</source>
        <translation>Die Komponente ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Add task %1</source>
        <translation>Task %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove task</source>
        <translation>Task entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n tasks</source>
        <translation>
            <numerusform>%n Task entfernen</numerusform>
            <numerusform>%n Tasks entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>A task named "%1" already exists.</source>
        <translation>Ein Task namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Rename task %1 to %2</source>
        <translation>Task %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Retries, back-off, timeout and GPU count cannot be negative.</source>
        <translation>Wiederholungen, Back-off, Zeitlimit und GPU-Anzahl dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>Change options of %1</source>
        <translation>Optionen von %1 ändern</translation>
    </message>
    <message>
        <source>Unknown comparison "%1".</source>
        <translation>Unbekannter Vergleich „%1“.</translation>
    </message>
    <message>
        <source>There is no task "%1".</source>
        <translation>Es gibt keinen Task „%1“.</translation>
    </message>
    <message>
        <source>Task "%1" has no output "%2".</source>
        <translation>Task „%1“ hat keinen Ausgang „%2“.</translation>
    </message>
    <message>
        <source>A condition on "%1" would make a cycle.</source>
        <translation>Eine Bedingung auf „%1“ würde einen Zyklus erzeugen.</translation>
    </message>
    <message>
        <source>A task cannot run after itself.</source>
        <translation>Ein Task kann nicht nach sich selbst laufen.</translation>
    </message>
    <message>
        <source>The dependency already exists.</source>
        <translation>Die Abhängigkeit existiert bereits.</translation>
    </message>
    <message>
        <source>"%1" cannot run after "%2": that would make a cycle.</source>
        <translation>„%1“ kann nicht nach „%2“ laufen: das würde einen Zyklus erzeugen.</translation>
    </message>
    <message>
        <source>Run %1 after %2</source>
        <translation>%1 nach %2 ausführen</translation>
    </message>
    <message>
        <source>There is no such dependency.</source>
        <translation>Diese Abhängigkeit gibt es nicht.</translation>
    </message>
    <message>
        <source>Remove dependency of %1</source>
        <translation>Abhängigkeit von %1 entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n tasks</source>
        <translation>
            <numerusform>%n Task einfügen</numerusform>
            <numerusform>%n Tasks einfügen</numerusform>
        </translation>
    </message>
    <message>
        <source>A task cannot consume its own output.</source>
        <translation>Ein Task kann nicht seinen eigenen Ausgang verwenden.</translation>
    </message>
    <message>
        <source>Task "%1" has no input "%2".</source>
        <translation>Task „%1“ hat keinen Eingang „%2“.</translation>
    </message>
    <message>
        <source>Input "%1" of "%2" is already connected; disconnect it first.</source>
        <translation>Eingang „%1“ von „%2“ ist bereits verbunden; zuerst trennen.</translation>
    </message>
    <message>
        <source>Output "%1" is %2 but input "%3" expects %4.</source>
        <translation>Ausgang „%1“ ist %2, aber Eingang „%3“ erwartet %4.</translation>
    </message>
    <message>
        <source>Connecting "%1" to "%2" would make a cycle.</source>
        <translation>„%1“ mit „%2“ zu verbinden würde einen Zyklus erzeugen.</translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>%1 mit %2 verbinden</translation>
    </message>
    <message>
        <source>Input "%1" of "%2" is not connected.</source>
        <translation>Eingang „%1“ von „%2“ ist nicht verbunden.</translation>
    </message>
    <message>
        <source>Disconnect %1</source>
        <translation>%1 trennen</translation>
    </message>
    <message>
        <source>The connection no longer exists.</source>
        <translation>Die Verbindung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The dataset reference is empty.</source>
        <translation>Der Datensatzverweis ist leer.</translation>
    </message>
    <message>
        <source>There is no pipeline parameter "%1".</source>
        <translation>Es gibt keinen Pipeline-Parameter „%1“.</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>%1 von %2 setzen</translation>
    </message>
    <message>
        <source>Input "%1" of "%2" has no argument.</source>
        <translation>Eingang „%1“ von „%2“ hat kein Argument.</translation>
    </message>
    <message>
        <source>Clear %1 of %2</source>
        <translation>%1 von %2 leeren</translation>
    </message>
    <message>
        <source>Move task</source>
        <translation>Task verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n tasks</source>
        <translation>
            <numerusform>%n Task verschieben</numerusform>
            <numerusform>%n Tasks verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>The layout names a task that does not exist: %1.</source>
        <translation>Das Layout nennt einen Task, der nicht existiert: %1.</translation>
    </message>
    <message>
        <source>Arrange tasks</source>
        <translation>Tasks anordnen</translation>
    </message>
    <message>
        <source>Change pipeline name or description</source>
        <translation>Name oder Beschreibung der Pipeline ändern</translation>
    </message>
    <message>
        <source>A parameter needs a name.</source>
        <translation>Ein Parameter braucht einen Namen.</translation>
    </message>
    <message>
        <source>A parameter named "%1" already exists.</source>
        <translation>Ein Parameter namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Add parameter %1</source>
        <translation>Parameter %1 hinzufügen</translation>
    </message>
    <message>
        <source>There is no parameter "%1".</source>
        <translation>Es gibt keinen Parameter „%1“.</translation>
    </message>
    <message>
        <source>Remove parameter %1</source>
        <translation>Parameter %1 entfernen</translation>
    </message>
    <message>
        <source>Change parameter %1</source>
        <translation>Parameter %1 ändern</translation>
    </message>
    <message>
        <source>A pipeline output needs a name.</source>
        <translation>Ein Pipeline-Ausgang braucht einen Namen.</translation>
    </message>
    <message>
        <source>Set pipeline output %1</source>
        <translation>Pipeline-Ausgang %1 setzen</translation>
    </message>
    <message>
        <source>There is no pipeline output "%1".</source>
        <translation>Es gibt keinen Pipeline-Ausgang „%1“.</translation>
    </message>
    <message>
        <source>Remove pipeline output %1</source>
        <translation>Pipeline-Ausgang %1 entfernen</translation>
    </message>
</context>
<context>
    <name>wb::ui::ArtifactPreview</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Select an artifact to preview it</source>
        <translation>Ein Artefakt für die Vorschau auswählen</translation>
    </message>
    <message>
        <source>%1 is not a local file: no preview</source>
        <translation>%1 ist keine lokale Datei: keine Vorschau</translation>
    </message>
    <message>
        <source>%1 does not exist (anymore) on this machine</source>
        <translation>%1 existiert auf diesem Rechner (nicht mehr)</translation>
    </message>
    <message>
        <source>Folder %1:
</source>
        <translation>Ordner %1:
</translation>
    </message>
    <message>
        <source>%1 is too large to preview (%2 MB)</source>
        <translation>%1 ist zu groß für die Vorschau (%2 MB)</translation>
    </message>
    <message>
        <source>Cannot read the image %1</source>
        <translation>Das Bild %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 is a binary file (%2 bytes): no preview</source>
        <translation>%1 ist eine Binärdatei (%2 Bytes): keine Vorschau</translation>
    </message>
    <message>
        <source>
[... truncated: showing the first %1 KB of %2 KB]</source>
        <translation>
[... gekürzt: die ersten %1 KB von %2 KB]</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>wb::ui::BranchMenu</name>
    <message>
        <source>&amp;Branches</source>
        <translation>&amp;Zweige</translation>
    </message>
    <message>
        <source>(no repository)</source>
        <translation>(kein Repository)</translation>
    </message>
    <message>
        <source>&amp;New Branch…</source>
        <translation>&amp;Neuer Branch…</translation>
    </message>
    <message>
        <source>&amp;Tag Release…</source>
        <translation>Release &amp;taggen…</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Switched to branch %1.</source>
        <translation>Zu Branch %1 gewechselt.</translation>
    </message>
    <message>
        <source>Name of the new branch (it starts at the current commit):</source>
        <translation>Name des neuen Branches (er beginnt beim aktuellen Commit):</translation>
    </message>
    <message>
        <source>Created and switched to branch %1.</source>
        <translation>Branch %1 angelegt und dorthin gewechselt.</translation>
    </message>
    <message>
        <source>Release tag for the current commit:</source>
        <translation>Release-Tag für den aktuellen Commit:</translation>
    </message>
    <message>
        <source>Release %1</source>
        <translation>Release %1</translation>
    </message>
    <message>
        <source>Tagged the current commit as %1.</source>
        <translation>Aktueller Commit als %1 getaggt.</translation>
    </message>
</context>
<context>
    <name>wb::ui::CachePage</name>
    <message>
        <source>Clear Cache…</source>
        <translation>Cache leeren…</translation>
    </message>
    <message>
        <source>Forget which outputs earlier runs can lend: every step runs again next time</source>
        <translation>Vergessen, welche Ausgaben frühere Läufe bereitstellen können: beim nächsten Mal läuft jeder Schritt erneut</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>The cache is the index of step outputs that later runs reuse instead of running the step again. Clearing it keeps the runs and their outputs.</source>
        <translation>Der Cache ist das Verzeichnis der Schrittausgaben, die spätere Läufe wiederverwenden, statt den Schritt erneut auszuführen. Beim Leeren bleiben die Läufe und ihre Ausgaben erhalten.</translation>
    </message>
    <message>
        <source>Open a workspace first</source>
        <translation>Zuerst einen Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n file(s)</source>
        <translation>
            <numerusform>%1 in %n Datei</numerusform>
            <numerusform>%1 in %n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear Cache</source>
        <translation>Cache leeren</translation>
    </message>
    <message>
        <source>Delete the step cache of this workspace (%1)? Every step runs again the next time instead of reusing an earlier output.</source>
        <translation>Den Schritt-Cache dieses Arbeitsbereichs (%1) löschen? Beim nächsten Mal läuft jeder Schritt erneut, statt eine frühere Ausgabe wiederzuverwenden.</translation>
    </message>
    <message>
        <source>Clearing…</source>
        <translation>Wird geleert…</translation>
    </message>
</context>
<context>
    <name>wb::ui::CommandPalette</name>
    <message>
        <source>Type a command…</source>
        <translation>Befehl eingeben…</translation>
    </message>
</context>
<context>
    <name>wb::ui::CommandPreviewPanel</name>
    <message>
        <source>Select a task to see the command it runs.</source>
        <translation>Einen Task auswählen, um seinen Befehl zu sehen.</translation>
    </message>
    <message>
        <source>Command of %1</source>
        <translation>Befehl von %1</translation>
    </message>
    <message>
        <source>The component of this task is missing: %1</source>
        <translation>Die Komponente dieses Tasks fehlt: %1</translation>
    </message>
    <message>
        <source>%1 is a graph component: its tasks run one by one.</source>
        <translation>%1 ist eine Graph-Komponente: ihre Tasks laufen nacheinander.</translation>
    </message>
    <message>
        <source>%1 = pipeline parameter %2</source>
        <translation>%1 = Pipeline-Parameter %2</translation>
    </message>
    <message>
        <source>%1 ← output %2 of %3</source>
        <translation>%1 ← Ausgang %2 von %3</translation>
    </message>
    <message>
        <source>%1 ← dataset %2</source>
        <translation>%1 ← Datensatz %2</translation>
    </message>
    <message>
        <source>Cannot build the command yet: %1</source>
        <translation>Der Befehl kann noch nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>Container-Image: %1</translation>
    </message>
    <message>
        <source>Inputs:</source>
        <translation>Eingänge:</translation>
    </message>
    <message>
        <source>Outputs:</source>
        <translation>Ausgänge:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>Limits:</source>
        <translation>Grenzen:</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Netzwerk:</translation>
    </message>
    <message>
        <source>(no network; turn on Network access in the task's options)</source>
        <translation>(kein Netzwerk; „Netzwerkzugriff“ in den Optionen des Tasks einschalten)</translation>
    </message>
    <message>
        <source>the engine's default network</source>
        <translation>das Standardnetzwerk der Engine</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>%1 (set on the task)</source>
        <translation>%1 (am Task festgelegt)</translation>
    </message>
    <message>
        <source>%1 (workspace default: %2% of this machine's memory)</source>
        <translation>%1 (Standard des Arbeitsbereichs: %2% des Speichers dieses Rechners)</translation>
    </message>
    <message>
        <source>%1 (workspace default)</source>
        <translation>%1 (Standard des Arbeitsbereichs)</translation>
    </message>
    <message>
        <source>processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU-Kerne</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
</context>
<context>
    <name>wb::ui::CommitDialog</name>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Changed files:</source>
        <translation>Geänderte Dateien:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Nachricht:</translation>
    </message>
    <message>
        <source>What changed and why</source>
        <translation>Was sich geändert hat und warum</translation>
    </message>
    <message>
        <source>Cannot open the repository: %1</source>
        <translation>Das Repository kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Author: %1 &lt;%2&gt;</source>
        <translation>Autor: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Author: not configured yet (you will be asked once)</source>
        <translation>Autor: noch nicht eingerichtet (wird einmalig abgefragt)</translation>
    </message>
    <message>
        <source>This folder is not in a git repository.</source>
        <translation>Dieser Ordner liegt in keinem Git-Repository.</translation>
    </message>
    <message>
        <source>Select at least one file to commit.</source>
        <translation>Mindestens eine Datei zum Committen auswählen.</translation>
    </message>
    <message>
        <source>Write a commit message.</source>
        <translation>Eine Commit-Nachricht schreiben.</translation>
    </message>
    <message>
        <source>A commit needs an author name and e-mail address.</source>
        <translation>Ein Commit braucht Autorname und E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Cannot commit: %1</source>
        <translation>Commit nicht möglich: %1</translation>
    </message>
    <message>
        <source>Who is committing?</source>
        <translation>Wer committet?</translation>
    </message>
    <message>
        <source>Git does not know your name yet. It is stored in this repository only.</source>
        <translation>Git kennt Ihren Namen noch nicht. Er wird nur in diesem Repository gespeichert.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Bezeichnung:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Nothing to commit: no file changed.</source>
        <translation>Nichts zu committen: keine Datei geändert.</translation>
    </message>
</context>
<context>
    <name>wb::ui::CompareRunsView</name>
    <message>
        <source>Metric:</source>
        <translation>Metrik:</translation>
    </message>
    <message>
        <source>X:</source>
        <translation>X:</translation>
    </message>
    <message>
        <source>Y:</source>
        <translation>Y:</translation>
    </message>
    <message>
        <source>No numeric metric to chart</source>
        <translation>Keine numerische Metrik für ein Diagramm</translation>
    </message>
    <message>
        <source>Metric %1</source>
        <translation>Metrik %1</translation>
    </message>
    <message>
        <source>Nothing numeric to plot</source>
        <translation>Nichts Numerisches darzustellen</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 gegen %2</translation>
    </message>
    <message>
        <source>Parallel coordinates need two numeric values</source>
        <translation>Parallele Koordinaten brauchen zwei numerische Werte</translation>
    </message>
    <message>
        <source>Parallel coordinates (each axis scaled to its range)</source>
        <translation>Parallele Koordinaten (jede Achse auf ihren Bereich skaliert)</translation>
    </message>
    <message>
        <source>Show only differences</source>
        <translation>Nur Unterschiede anzeigen</translation>
    </message>
    <message>
        <source>Parameters and metrics</source>
        <translation>Parameter und Metriken</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Datasets and code</source>
        <translation>Datensätze und Code</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <source>The runs differ here</source>
        <translation>Die Läufe unterscheiden sich hier</translation>
    </message>
    <message>
        <source>Same in every run</source>
        <translation>In jedem Lauf gleich</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Differs in</source>
        <translation>Unterschiedlich in</translation>
    </message>
    <message>
        <source>Command: %1
Image: %2
Cache key: %3</source>
        <translation>Befehl: %1
Image: %2
Cache-Schlüssel: %3</translation>
    </message>
    <message>
        <source>This run has no task %1</source>
        <translation>Dieser Lauf hat keinen Task %1</translation>
    </message>
    <message>
        <source>Dataset / code</source>
        <translation>Datensatz / Code</translation>
    </message>
    <message>
        <source>git commit</source>
        <translation>Git-Commit</translation>
    </message>
    <message>
        <source>A run metric named by the pipeline</source>
        <translation>Eine von der Pipeline benannte Laufmetrik</translation>
    </message>
</context>
<context>
    <name>wb::ui::ComponentPalette</name>
    <message>
        <source>Search components…</source>
        <translation>Komponenten suchen…</translation>
    </message>
    <message>
        <source>Rescan the component folders</source>
        <translation>Komponentenordner neu einlesen</translation>
    </message>
    <message>
        <source>Add a component folder…</source>
        <translation>Komponentenordner hinzufügen…</translation>
    </message>
    <message>
        <source>Scanning component folders…</source>
        <translation>Komponentenordner werden eingelesen…</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Inputs: %1</source>
        <translation>Eingänge: %1</translation>
    </message>
    <message>
        <source>Outputs: %1</source>
        <translation>Ausgänge: %1</translation>
    </message>
    <message>
        <source>%1 (cannot load)</source>
        <translation>%1 (nicht ladbar)</translation>
    </message>
    <message numerus="yes">
        <source>%n components</source>
        <translation>
            <numerusform>%n Komponente</numerusform>
            <numerusform>%n Komponenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be loaded</source>
        <translation>
            <numerusform>%n nicht ladbar</numerusform>
            <numerusform>%n nicht ladbar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::ui::DriftPage</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Diagramm exportieren…</translation>
    </message>
    <message>
        <source>Reference vs current file</source>
        <translation>Referenz- gegen aktuelle Datei</translation>
    </message>
    <message>
        <source>One file over time windows</source>
        <translation>Eine Datei über Zeitfenster</translation>
    </message>
    <message>
        <source>reference.csv, NAME.dataset.yaml or .dvc</source>
        <translation>referenz.csv, NAME.dataset.yaml oder .dvc</translation>
    </message>
    <message>
        <source>current.csv, NAME.dataset.yaml or .dvc</source>
        <translation>aktuell.csv, NAME.dataset.yaml oder .dvc</translation>
    </message>
    <message>
        <source>data.csv</source>
        <translation>daten.csv</translation>
    </message>
    <message>
        <source>time column</source>
        <translation>Zeitspalte</translation>
    </message>
    <message>
        <source>by year</source>
        <translation>nach Jahr</translation>
    </message>
    <message>
        <source>by quarter</source>
        <translation>nach Quartal</translation>
    </message>
    <message>
        <source>by month</source>
        <translation>nach Monat</translation>
    </message>
    <message>
        <source>4 equal windows</source>
        <translation>4 gleich große Fenster</translation>
    </message>
    <message>
        <source>10 equal windows</source>
        <translation>10 gleich große Fenster</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referenz:</translation>
    </message>
    <message>
        <source>Current:</source>
        <translation>Aktuell:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Drift computed.</source>
        <translation>Drift berechnet.</translation>
    </message>
    <message>
        <source>Choose data</source>
        <translation>Daten wählen</translation>
    </message>
    <message>
        <source>Tabular data (*.csv *.tsv *.txt *.gz *.dataset.yaml *.dvc);;All files (*)</source>
        <translation>Tabellendaten (*.csv *.tsv *.txt *.gz *.dataset.yaml *.dvc);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a reference and a current file.</source>
        <translation>Wählen Sie eine Referenz- und eine aktuelle Datei.</translation>
    </message>
    <message>
        <source>Choose a file and name its time column.</source>
        <translation>Wählen Sie eine Datei und benennen Sie ihre Zeitspalte.</translation>
    </message>
    <message>
        <source>Export drift report</source>
        <translation>Drift-Bericht exportieren</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>HTML-Bericht (*.html)</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Bericht gespeichert unter %1</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>Diagramm gespeichert unter %1</translation>
    </message>
</context>
<context>
    <name>wb::ui::DriftView</name>
    <message>
        <source>No data compared yet.</source>
        <translation>Noch keine Daten verglichen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Zeitverlauf</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Wärmekarte</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>Computing drift...</source>
        <translation>Drift wird berechnet...</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>No result</source>
        <translation>Kein Ergebnis</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>drift</source>
        <translation>Drift</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>numerical</source>
        <translation>numerisch</translation>
    </message>
    <message>
        <source>categorical</source>
        <translation>kategorial</translation>
    </message>
    <message>
        <source>%1 of %2 features drifted (%3)</source>
        <translation>%1 von %2 Merkmalen mit Drift (%3)</translation>
    </message>
    <message>
        <source>%1: shares per reference decile bin</source>
        <translation>%1: Anteile je Referenz-Dezil</translation>
    </message>
    <message>
        <source>%1: category shares</source>
        <translation>%1: Kategorienanteile</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>%1 breached its %2 threshold (%3) since window %4</source>
        <translation>%1 überschreitet seit Fenster %4 den %2-Schwellenwert (%3)</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>Dataset drift in window %1: consider retraining.</source>
        <translation>Datensatz-Drift in Fenster %1: ein erneutes Training erwägen.</translation>
    </message>
    <message>
        <source>No feature breached its threshold.</source>
        <translation>Kein Merkmal hat seinen Schwellenwert überschritten.</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>wb::ui::DropComponentInteraction</name>
    <message>
        <source>Cannot add %1: %2</source>
        <translation>%1 kann nicht hinzugefügt werden: %2</translation>
    </message>
</context>
<context>
    <name>wb::ui::EditorController</name>
    <message>
        <source>Select one or more tasks first.</source>
        <translation>Zuerst einen oder mehrere Tasks auswählen.</translation>
    </message>
    <message>
        <source>The pipeline changed while it was being arranged; arrange it again.</source>
        <translation>Die Pipeline wurde während des Anordnens geändert; bitte erneut anordnen.</translation>
    </message>
    <message numerus="yes">
        <source>Arranged %n tasks.</source>
        <translation>
            <numerusform>%n Task angeordnet.</numerusform>
            <numerusform>%n Tasks angeordnet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n connections</source>
        <translation>
            <numerusform>%n Verbindung entfernen</numerusform>
            <numerusform>%n Verbindungen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Select at least two tasks to align.</source>
        <translation>Zum Ausrichten mindestens zwei Tasks auswählen.</translation>
    </message>
    <message>
        <source>Select at least three tasks to distribute.</source>
        <translation>Zum Verteilen mindestens drei Tasks auswählen.</translation>
    </message>
    <message>
        <source>Pipeline exported from mlwb</source>
        <translation>Aus mlwb exportierte Pipeline</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The pipeline is too large to export as an image.</source>
        <translation>Die Pipeline ist zu groß für den Export als Bild.</translation>
    </message>
</context>
<context>
    <name>wb::ui::FragmentMime</name>
    <message>
        <source>The clipboard holds no tasks.</source>
        <translation>Die Zwischenablage enthält keine Tasks.</translation>
    </message>
</context>
<context>
    <name>wb::ui::HandbookDialog</name>
    <message>
        <source>mlwb Handbook</source>
        <translation>mlwb-Handbuch</translation>
    </message>
    <message>
        <source>The handbook (README.md) is not installed with this mlwb. It is the README of the source distribution.</source>
        <translation>Das Handbuch (README.md) ist bei diesem mlwb nicht installiert. Es ist die README der Quelldistribution.</translation>
    </message>
</context>
<context>
    <name>wb::ui::HistoryPanel</name>
    <message>
        <source>Open read-only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <source>Compare with working copy</source>
        <translation>Mit Arbeitskopie vergleichen</translation>
    </message>
    <message>
        <source>Compare selected</source>
        <translation>Auswahl vergleichen</translation>
    </message>
    <message>
        <source>Open this version of the pipeline without changing the working copy</source>
        <translation>Diese Version der Pipeline öffnen, ohne die Arbeitskopie zu ändern</translation>
    </message>
    <message>
        <source>Make this version current again as a new commit</source>
        <translation>Diese Version als neuen Commit wieder aktuell machen</translation>
    </message>
    <message>
        <source>Select two commits to compare them</source>
        <translation>Zwei Commits zum Vergleichen auswählen</translation>
    </message>
    <message>
        <source>No pipeline open.</source>
        <translation>Keine Pipeline geöffnet.</translation>
    </message>
    <message>
        <source>%1 is not in a git repository: use Commit to start versioning it.</source>
        <translation>%1 liegt in keinem Git-Repository: mit „Commit“ die Versionierung beginnen.</translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation>Der Verlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 has no commits yet.</source>
        <translation>%1 hat noch keine Commits.</translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s) of %1</source>
        <translation>
            <numerusform>%n Commit von %1</numerusform>
            <numerusform>%n Commits von %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open this version</source>
        <translation>Diese Version kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Restore %1 from %2</source>
        <translation>%1 aus %2 wiederherstellen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>%1 has uncommitted changes. Commit or discard them first, then restore.</source>
        <translation>%1 hat nicht committete Änderungen. Erst committen oder verwerfen, dann wiederherstellen.</translation>
    </message>
    <message>
        <source>Cannot restore this version</source>
        <translation>Diese Version kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Vergleich nicht möglich</translation>
    </message>
    <message>
        <source>Changes to %1</source>
        <translation>Änderungen an %1</translation>
    </message>
    <message>
        <source>working copy</source>
        <translation>Arbeitskopie</translation>
    </message>
    <message>
        <source>editor (unsaved)</source>
        <translation>Editor (ungespeichert)</translation>
    </message>
</context>
<context>
    <name>wb::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>System Default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>The new language applies the next time you start mlwb.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von mlwb.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>wb::ui::LineageView</name>
    <message>
        <source>Depth:</source>
        <translation>Tiefe:</translation>
    </message>
    <message>
        <source>Execution hops loaded upstream and downstream; double-click a node to load one more level around it</source>
        <translation>Geladene Ausführungsschritte vor- und nachgelagert; Doppelklick auf einen Knoten lädt eine weitere Ebene um ihn</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Choose an artifact (Show lineage) to see where it came from and where it went</source>
        <translation>Ein Artefakt wählen (Herkunft anzeigen), um zu sehen, woher es kommt und wohin es ging</translation>
    </message>
    <message>
        <source>No metadata store is open</source>
        <translation>Kein Metadatenspeicher geöffnet</translation>
    </message>
    <message>
        <source>The node %1 is not in the graph</source>
        <translation>Der Knoten %1 ist nicht im Graphen</translation>
    </message>
    <message>
        <source>git commit</source>
        <translation>Git-Commit</translation>
    </message>
    <message>
        <source>dataset manifest</source>
        <translation>Datensatz-Manifest</translation>
    </message>
    <message>
        <source>%1 %2
%3</source>
        <translation>%1 %2
%3</translation>
    </message>
    <message>
        <source>artifact %1</source>
        <translation>Artefakt %1</translation>
    </message>
    <message>
        <source>
Double-click to load the run's executions</source>
        <translation>
Doppelklick lädt die Ausführungen des Laufs</translation>
    </message>
    <message>
        <source>Cannot lay out the lineage: %1</source>
        <translation>Die Herkunft kann nicht angeordnet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s), %1 edge(s)%2</source>
        <translation>
            <numerusform>%n Knoten, %1 Kante(n)%2</numerusform>
            <numerusform>%n Knoten, %1 Kante(n)%2</numerusform>
        </translation>
    </message>
    <message>
        <source> - limited to %1 nodes</source>
        <translation> – auf %1 Knoten begrenzt</translation>
    </message>
    <message>
        <source>Compare drift</source>
        <translation>Drift vergleichen</translation>
    </message>
    <message>
        <source>Select two dataset artifacts (Ctrl+click) to compare their data in the Drift tab</source>
        <translation>Wählen Sie zwei Datensatz-Artefakte (Strg+Klick), um ihre Daten im Drift-Tab zu vergleichen</translation>
    </message>
</context>
<context>
    <name>wb::ui::MainWindow</name>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Vergrößerung %1%</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings</source>
        <translation>%1 Fehler, %2 Warnungen</translation>
    </message>
    <message>
        <source>Cannot add component</source>
        <translation>Komponente kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Untitled pipeline</source>
        <translation>Unbenannte Pipeline</translation>
    </message>
    <message>
        <source>%1[*] — mlwb</source>
        <translation>%1[*] — mlwb</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>&amp;New Pipeline</source>
        <translation>&amp;Neue Pipeline</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Export as &amp;SVG…</source>
        <translation>Als S&amp;VG exportieren…</translation>
    </message>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation>Als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <source>&amp;Recover Unsaved Pipelines…</source>
        <translation>Ungespeicherte Pipelines &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Add &amp;Component Folder…</source>
        <translation>&amp;Komponentenordner hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Aus&amp;schneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>Command &amp;Palette…</source>
        <translation>Befehls&amp;palette…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>&amp;Auto Layout</source>
        <translation>&amp;Automatisch anordnen</translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation>&amp;Links ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation>&amp;Rechts ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Top</source>
        <translation>&amp;Oben ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Bottom</source>
        <translation>&amp;Unten ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Centers</source>
        <translation>&amp;Zentren ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Middles</source>
        <translation>&amp;Mitten ausrichten</translation>
    </message>
    <message>
        <source>Distribute &amp;Horizontally</source>
        <translation>&amp;Horizontal verteilen</translation>
    </message>
    <message>
        <source>Distribute &amp;Vertically</source>
        <translation>&amp;Vertikal verteilen</translation>
    </message>
    <message>
        <source>&amp;About mlwb</source>
        <translation>&amp;Über mlwb</translation>
    </message>
    <message>
        <source>About mlwb</source>
        <translation>Über mlwb</translation>
    </message>
    <message>
        <source>&lt;h3&gt;mlwb %1&lt;/h3&gt;&lt;p&gt;The ML pipeline workbench: design Kubeflow pipelines visually, run them locally, review lineage and drift.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;mlwb %1&lt;/h3&gt;&lt;p&gt;Die Werkbank für ML-Pipelines: Kubeflow-Pipelines visuell entwerfen, lokal ausführen, Herkunft und Drift prüfen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Systemstandard</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>An&amp;ordnen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Cannot open pipeline</source>
        <translation>Pipeline kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 with %n problem(s); see the Problems panel.</source>
        <translation>
            <numerusform>%1 mit %n Problem geöffnet; siehe Bereich „Probleme“.</numerusform>
            <numerusform>%1 mit %n Problemen geöffnet; siehe Bereich „Probleme“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Cannot save pipeline</source>
        <translation>Pipeline kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before closing it?</source>
        <translation>%1 hat ungespeicherte Änderungen. Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Open Pipeline</source>
        <translation>Pipeline öffnen</translation>
    </message>
    <message>
        <source>Pipelines (*.pipeline.yaml *.pipeline.yml *.yaml *.yml)</source>
        <translation>Pipelines (*.pipeline.yaml *.pipeline.yml *.yaml *.yml)</translation>
    </message>
    <message>
        <source>Save Pipeline As</source>
        <translation>Pipeline speichern unter</translation>
    </message>
    <message>
        <source>Pipelines (*.pipeline.yaml)</source>
        <translation>Pipelines (*.pipeline.yaml)</translation>
    </message>
    <message>
        <source>pipeline</source>
        <translation>pipeline</translation>
    </message>
    <message>
        <source>Export as SVG</source>
        <translation>Als SVG exportieren</translation>
    </message>
    <message>
        <source>Export as PNG</source>
        <translation>Als PNG exportieren</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Add Component Folder</source>
        <translation>Komponentenordner hinzufügen</translation>
    </message>
    <message>
        <source>Cannot recover pipeline</source>
        <translation>Pipeline kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Recovered unsaved changes; save to keep them.</source>
        <translation>Ungespeicherte Änderungen wiederhergestellt; zum Behalten speichern.</translation>
    </message>
    <message>
        <source>There are no unsaved pipelines to recover.</source>
        <translation>Es gibt keine ungespeicherten Pipelines zum Wiederherstellen.</translation>
    </message>
    <message>
        <source>Recover Unsaved Pipelines</source>
        <translation>Ungespeicherte Pipelines wiederherstellen</translation>
    </message>
    <message>
        <source>mlwb did not close normally. These pipelines had unsaved changes:</source>
        <translation>mlwb wurde nicht normal beendet. Diese Pipelines hatten ungespeicherte Änderungen:</translation>
    </message>
    <message>
        <source>%1 — autosaved %2</source>
        <translation>%1 — automatisch gespeichert %2</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Discard All</source>
        <translation>Alle verwerfen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>%1 no longer exists. It was removed from the recent files.</source>
        <translation>%1 existiert nicht mehr. Es wurde aus den zuletzt geöffneten Dateien entfernt.</translation>
    </message>
    <message>
        <source>&amp;Export Package…</source>
        <translation>Paket &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import Package…</source>
        <translation>Paket &amp;importieren…</translation>
    </message>
    <message>
        <source>About &amp;Plugins…</source>
        <translation>Über &amp;Plugins…</translation>
    </message>
    <message>
        <source>%1[*] — %2 — mlwb</source>
        <translation>%1[*] — %2 — mlwb</translation>
    </message>
    <message>
        <source>Open &amp;Workspace…</source>
        <translation>&amp;Arbeitsbereich öffnen…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Eins&amp;tellungen…</translation>
    </message>
    <message>
        <source>mlwb &amp;Handbook</source>
        <translation>mlwb-&amp;Handbuch</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
</context>
<context>
    <name>wb::ui::MetadataBrowser</name>
    <message>
        <source>Open store...</source>
        <translation>Speicher öffnen...</translation>
    </message>
    <message>
        <source>Open an ML Metadata (MLMD v10) SQLite file read-only, e.g. from TFX or Kubeflow Pipelines</source>
        <translation>Eine ML-Metadata-SQLite-Datei (MLMD v10) schreibgeschützt öffnen, z. B. aus TFX oder Kubeflow Pipelines</translation>
    </message>
    <message>
        <source>Import MLflow store...</source>
        <translation>MLflow-Speicher importieren...</translation>
    </message>
    <message>
        <source>Import the runs, parameters, metrics and datasets of an MLflow SQLite store (mlflow.db)</source>
        <translation>Läufe, Parameter, Metriken und Datensätze eines MLflow-SQLite-Speichers (mlflow.db) importieren</translation>
    </message>
    <message>
        <source>No metadata store open</source>
        <translation>Kein Metadatenspeicher geöffnet</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Importieren...</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Cannot open the metadata store %1: %2</source>
        <translation>Der Metadatenspeicher %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>No metadata store is open</source>
        <translation>Kein Metadatenspeicher geöffnet</translation>
    </message>
    <message>
        <source>Cannot read run %1: %2</source>
        <translation>Lauf %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Select at least two runs to compare</source>
        <translation>Zum Vergleichen mindestens zwei Läufe auswählen</translation>
    </message>
    <message>
        <source>Open a writable metadata store before importing an MLflow store</source>
        <translation>Vor dem Import eines MLflow-Speichers einen beschreibbaren Metadatenspeicher öffnen</translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>Imported %1 run(s) of %2 experiment(s) (%3 already present), %4 metric points</source>
        <translation>%1 Lauf/Läufe aus %2 Experiment(en) importiert (%3 bereits vorhanden), %4 Metrikpunkte</translation>
    </message>
    <message>
        <source>Open metadata store (read-only)</source>
        <translation>Metadatenspeicher öffnen (schreibgeschützt)</translation>
    </message>
    <message>
        <source>ML Metadata SQLite (*.sqlite *.db *.sqlite3);;All files (*)</source>
        <translation>ML-Metadata-SQLite (*.sqlite *.db *.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import MLflow store</source>
        <translation>MLflow-Speicher importieren</translation>
    </message>
    <message>
        <source>MLflow SQLite store (*.db *.sqlite);;All files (*)</source>
        <translation>MLflow-SQLite-Speicher (*.db *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>← All runs</source>
        <translation>← Alle Läufe</translation>
    </message>
    <message>
        <source>Show the runs table again beside this run's detail</source>
        <translation>Die Lauftabelle wieder neben den Details dieses Laufs anzeigen</translation>
    </message>
</context>
<context>
    <name>wb::ui::NewEdgeInteraction</name>
    <message>
        <source>Drag to a compatible port (green) to connect.</source>
        <translation>Zum Verbinden auf einen passenden Port (grün) ziehen.</translation>
    </message>
    <message>
        <source>Connect an output to an input.</source>
        <translation>Einen Ausgang mit einem Eingang verbinden.</translation>
    </message>
    <message>
        <source>Release to connect %1 to %2.</source>
        <translation>Loslassen, um %1 mit %2 zu verbinden.</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Nicht verbunden: %1</translation>
    </message>
</context>
<context>
    <name>wb::ui::NodeItem</name>
    <message>
        <source>(unnamed component)</source>
        <translation>(unbenannte Komponente)</translation>
    </message>
    <message>
        <source>untyped</source>
        <translation>ohne Typ</translation>
    </message>
    <message>
        <source>Missing component: %1</source>
        <translation>Fehlende Komponente: %1</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>Aus dem Cache</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Nicht ausgeführt</translation>
    </message>
</context>
<context>
    <name>wb::ui::OverviewMap</name>
    <message>
        <source>Click or drag to move the canvas view</source>
        <translation>Klicken oder ziehen, um die Ansicht zu verschieben</translation>
    </message>
</context>
<context>
    <name>wb::ui::ParametersPanel</name>
    <message>
        <source>What the pipeline does</source>
        <translation>Was die Pipeline macht</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Bezeichnung:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>"%1" does not fit %2: %3.</source>
        <translation>„%1“ passt nicht zu %2: %3.</translation>
    </message>
</context>
<context>
    <name>wb::ui::PipelineDiffView</name>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>%1  →  %2</source>
        <translation>%1  →  %2</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (entfernt)</translation>
    </message>
    <message>
        <source>Task %1 added</source>
        <translation>Task %1 hinzugefügt</translation>
    </message>
    <message>
        <source>task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Task %1 removed</source>
        <translation>Task %1 entfernt</translation>
    </message>
    <message>
        <source>Task %1 changed</source>
        <translation>Task %1 geändert</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>Keine Unterschiede</translation>
    </message>
</context>
<context>
    <name>wb::ui::PluginsDialog</name>
    <message>
        <source>Plugins</source>
        <translation>Plugins</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Provides: %1</source>
        <translation>Stellt bereit: %1</translation>
    </message>
    <message>
        <source>Copy Report</source>
        <translation>Bericht kopieren</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Geladen</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>No plugins were found.</source>
        <translation>Es wurden keine Plugins gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n plugin file(s) found, %1 loaded.</source>
        <translation>
            <numerusform>%n Plugin-Datei gefunden, %1 geladen.</numerusform>
            <numerusform>%n Plugin-Dateien gefunden, %1 geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Searched folders (add more with the environment variable MLWB_PLUGIN_PATH): %1</source>
        <translation>Durchsuchte Ordner (weitere mit der Umgebungsvariablen MLWB_PLUGIN_PATH): %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>wb::ui::ProblemsPanel</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Keine Probleme.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found. Missing components, unbound required inputs, type mismatches and cycles are listed here as you edit.</source>
        <translation>Keine Probleme gefunden. Fehlende Komponenten, nicht gebundene Pflichteingänge, Typkonflikte und Zyklen erscheinen hier, während Sie bearbeiten.</translation>
    </message>
</context>
<context>
    <name>wb::ui::PropertiesPanel</name>
    <message>
        <source>Select a task on the canvas to edit its arguments and options.</source>
        <translation>Einen Task auf der Arbeitsfläche auswählen, um Argumente und Optionen zu bearbeiten.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Unique name of the task in this pipeline (letters, digits, '-' and '_').</source>
        <translation>Eindeutiger Name des Tasks in dieser Pipeline (Buchstaben, Ziffern, '-' und '_').</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Bezeichnung:</translation>
    </message>
    <message>
        <source>Embedded in the pipeline file</source>
        <translation>In die Pipeline-Datei eingebettet</translation>
    </message>
    <message>
        <source>Component:</source>
        <translation>Komponente:</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>Container-Image:</translation>
    </message>
    <message>
        <source>Missing component: %1</source>
        <translation>Fehlende Komponente: %1</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingänge</translation>
    </message>
    <message>
        <source>This component has no inputs.</source>
        <translation>Diese Komponente hat keine Eingänge.</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Upstream</source>
        <translation>Vorgänger</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(kein Wert)</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type %1 does not match %2</source>
        <translation>Typ %1 passt nicht zu %2</translation>
    </message>
    <message>
        <source>Output type %1 does not match %2</source>
        <translation>Ausgabetyp %1 passt nicht zu %2</translation>
    </message>
    <message>
        <source>data/NAME.dataset.yaml</source>
        <translation>data/NAME.dataset.yaml</translation>
    </message>
    <message>
        <source>The pipeline has no parameters yet; add one in the Parameters panel.</source>
        <translation>Die Pipeline hat noch keine Parameter; im Bereich „Parameter“ einen hinzufügen.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Reuse cached results</source>
        <translation>Ergebnisse aus dem Cache wiederverwenden</translation>
    </message>
    <message>
        <source>Cache:</source>
        <translation>Cache-Nutzung:</translation>
    </message>
    <message>
        <source>Retries:</source>
        <translation>Wiederholungen:</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>Zeitlimit:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>CPU:</source>
        <translation>CPU-Kerne:</translation>
    </message>
    <message>
        <source>e.g. 2 or 500m</source>
        <translation>z. B. 2 oder 500m</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>Speicher:</translation>
    </message>
    <message>
        <source>e.g. 4Gi</source>
        <translation>z. B. 4Gi</translation>
    </message>
    <message>
        <source>GPUs:</source>
        <translation>GPU-Anzahl:</translation>
    </message>
    <message>
        <source>Always run</source>
        <translation>Immer ausführen</translation>
    </message>
    <message>
        <source>Run only if:</source>
        <translation>Nur ausführen, wenn:</translation>
    </message>
    <message>
        <source>"%1" does not fit %2: %3.</source>
        <translation>„%1“ passt nicht zu %2: %3.</translation>
    </message>
    <message>
        <source>Network access</source>
        <translation>Netzwerkzugriff</translation>
    </message>
    <message>
        <source>Set on this task.</source>
        <translation>An diesem Task festgelegt.</translation>
    </message>
    <message>
        <source>On because the component asks for it (mlwb.io/network).</source>
        <translation>An, weil die Komponente es verlangt (mlwb.io/network).</translation>
    </message>
    <message>
        <source>Off because the component says so (mlwb.io/network).</source>
        <translation>Aus, weil die Komponente es so festlegt (mlwb.io/network).</translation>
    </message>
    <message>
        <source>Off by default.</source>
        <translation>Standardmäßig aus.</translation>
    </message>
    <message>
        <source>Let the step's container reach the network (the engine's default network instead of --network none). Only for steps that must download or upload something; the process runner cannot restrict the network at all.</source>
        <translation>Dem Container des Schritts den Netzwerkzugriff erlauben (das Standardnetzwerk der Engine statt --network none). Nur für Schritte, die etwas herunter- oder hochladen müssen; der Prozess-Runner kann das Netzwerk überhaupt nicht einschränken.</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Netzwerk:</translation>
    </message>
</context>
<context>
    <name>wb::ui::RecoveryManager</name>
    <message>
        <source>Cannot create the recovery folder %1.</source>
        <translation>Der Wiederherstellungsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>wb::ui::RunCoordinator</name>
    <message>
        <source>A run is already in progress.</source>
        <translation>Ein Lauf ist bereits im Gange.</translation>
    </message>
    <message>
        <source>Save the pipeline first: its components are found relative to its file.</source>
        <translation>Speichern Sie die Pipeline zuerst: ihre Komponenten werden relativ zu ihrer Datei gefunden.</translation>
    </message>
    <message>
        <source>Open a workspace folder first: runs are kept in WORKSPACE/.mlwb/runs.</source>
        <translation>Öffnen Sie zuerst einen Arbeitsbereich: Läufe werden in ARBEITSBEREICH/.mlwb/runs abgelegt.</translation>
    </message>
    <message>
        <source>Run %1 started (%2).</source>
        <translation>Lauf %1 gestartet (%2).</translation>
    </message>
    <message>
        <source>Cancelling the run…</source>
        <translation>Lauf wird abgebrochen…</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich geöffnet.</translation>
    </message>
</context>
<context>
    <name>wb::ui::RunDetailView</name>
    <message>
        <source>Graph</source>
        <translation>Graphansicht</translation>
    </message>
    <message>
        <source>Parameters and metrics</source>
        <translation>Parameter und Metriken</translation>
    </message>
    <message>
        <source>Artifact</source>
        <translation>Artefakt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Artifacts</source>
        <translation>Artefakte</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Schritt:</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>Show lineage</source>
        <translation>Herkunft anzeigen</translation>
    </message>
    <message>
        <source>No run selected</source>
        <translation>Kein Lauf ausgewählt</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>experiment %1</source>
        <translation>Experiment %1</translation>
    </message>
    <message>
        <source>pipeline %1</source>
        <translation>Pipeline %1</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>gestartet %1</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>Dauer %1</translation>
    </message>
    <message>
        <source>commit %1%2</source>
        <translation>Commit %1%2</translation>
    </message>
    <message>
        <source> (dirty)</source>
        <translation> (geändert)</translation>
    </message>
    <message>
        <source>%1
State: %2
Double-click to see the log</source>
        <translation>%1
Zustand: %2
Doppelklick zeigt das Log</translation>
    </message>
    <message>
        <source>Cannot lay out the graph: %1</source>
        <translation>Der Graph kann nicht angeordnet werden: %1</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>History points</source>
        <translation>Verlaufspunkte</translation>
    </message>
    <message>
        <source>out of %1</source>
        <translation>aus %1</translation>
    </message>
    <message>
        <source>into %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>The step %1 recorded no log file.</source>
        <translation>Der Schritt %1 hat keine Logdatei aufgezeichnet.</translation>
    </message>
    <message>
        <source>Cannot open the log %1: %2</source>
        <translation>Das Log %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>[... showing the last %1 KB of %2 KB]
</source>
        <translation>[... die letzten %1 KB von %2 KB]
</translation>
    </message>
    <message>
        <source>A run metric named by the pipeline</source>
        <translation>Eine von der Pipeline benannte Laufmetrik</translation>
    </message>
    <message>
        <source>(not written)</source>
        <translation>(nicht geschrieben)</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>%1
State: %2
Reason: %3</source>
        <translation>%1
Zustand: %2
Grund: %3</translation>
    </message>
</context>
<context>
    <name>wb::ui::RunPanel</name>
    <message>
        <source>No run</source>
        <translation>Kein Lauf</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Lauf abbrechen</translation>
    </message>
    <message>
        <source>Re-run from here</source>
        <translation>Ab hier erneut ausführen</translation>
    </message>
    <message>
        <source>Run the selected step and everything after it again, reusing the other outputs</source>
        <translation>Den gewählten Schritt und alle folgenden erneut ausführen, die übrigen Ausgaben wiederverwenden</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>All output</source>
        <translation>Gesamte Ausgabe</translation>
    </message>
    <message>
        <source>stdout</source>
        <translation>stdout</translation>
    </message>
    <message>
        <source>stderr</source>
        <translation>stderr</translation>
    </message>
    <message>
        <source>Search the log (Enter: next match)</source>
        <translation>Log durchsuchen (Enter: nächster Treffer)</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Mitverfolgen</translation>
    </message>
    <message>
        <source>Run %1: running</source>
        <translation>Lauf %1: läuft</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Lauf %1: %2</translation>
    </message>
    <message>
        <source>--- attempt %1 ---</source>
        <translation>--- Versuch %1 ---</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Pulled</source>
        <translation>Heruntergeladen</translation>
    </message>
    <message>
        <source>The run did not start</source>
        <translation>Der Lauf wurde nicht gestartet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Image pull</source>
        <translation>Images herunterladen</translation>
    </message>
    <message>
        <source>The container images pulled before the run started (kept as pull.log in the run folder)</source>
        <translation>Die vor dem Start des Laufs heruntergeladenen Container-Images (als pull.log im Laufordner abgelegt)</translation>
    </message>
    <message>
        <source>Pulling</source>
        <translation>Wird heruntergeladen</translation>
    </message>
    <message>
        <source>Pulling %1…</source>
        <translation>%1 wird heruntergeladen…</translation>
    </message>
</context>
<context>
    <name>wb::ui::RunParametersDialog</name>
    <message>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>pipeline</source>
        <translation>pipeline</translation>
    </message>
    <message>
        <source>This pipeline has no parameters.</source>
        <translation>Diese Pipeline hat keine Parameter.</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>Automatic (Docker if available)</source>
        <translation>Automatisch (Docker, falls verfügbar)</translation>
    </message>
    <message>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
    <message>
        <source>Process runner (no isolation)</source>
        <translation>Prozess-Runner (ohne Isolation)</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Laufzeitumgebung</translation>
    </message>
    <message>
        <source>Steps at once</source>
        <translation>Gleichzeitige Schritte</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>The experiment the run is recorded under in the Runs tab</source>
        <translation>Das Experiment, unter dem der Lauf im Läufe-Tab erfasst wird</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source>"%1" does not fit %2: %3.</source>
        <translation>„%1“ passt nicht zu %2: %3.</translation>
    </message>
</context>
<context>
    <name>wb::ui::RunTableModel</name>
    <message>
        <source>%1 (id %2)%3</source>
        <translation>%1 (ID %2)%3</translation>
    </message>
    <message>
        <source>, archived</source>
        <translation>, archiviert</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>Diese Spalte kann nicht sortiert werden</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>No metadata store is open</source>
        <translation>Kein Metadatenspeicher geöffnet</translation>
    </message>
    <message>
        <source>The store %1 is open read-only: runs cannot be archived or restored</source>
        <translation>Der Speicher %1 ist schreibgeschützt geöffnet: Läufe können nicht archiviert oder wiederhergestellt werden</translation>
    </message>
    <message>
        <source>%1: a run metric named by the pipeline</source>
        <translation>%1: eine von der Pipeline benannte Laufmetrik</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>wb::ui::RunsView</name>
    <message>
        <source>Show archived</source>
        <translation>Archivierte anzeigen</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Compare the selected runs (select 2 or more)</source>
        <translation>Die ausgewählten Läufe vergleichen (2 oder mehr auswählen)</translation>
    </message>
    <message>
        <source>Cannot list the runs: %1</source>
        <translation>Die Läufe können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Open run</source>
        <translation>Lauf öffnen</translation>
    </message>
    <message numerus="yes">
        <source>Compare %n run(s)</source>
        <translation>
            <numerusform>%n Lauf vergleichen</numerusform>
            <numerusform>%n Läufe vergleichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>The store is open read-only</source>
        <translation>Der Speicher ist schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>No metadata store open</source>
        <translation>Kein Metadatenspeicher geöffnet</translation>
    </message>
    <message>
        <source>%1 of %2 runs loaded</source>
        <translation>%1 von %2 Läufen geladen</translation>
    </message>
    <message>
        <source>%1 runs loaded</source>
        <translation>%1 Läufe geladen</translation>
    </message>
    <message>
        <source> · last page %1 ms</source>
        <translation> · letzte Seite %1 ms</translation>
    </message>
    <message>
        <source> · read-only</source>
        <translation> · schreibgeschützt</translation>
    </message>
    <message>
        <source>Search runs: text  state:failed  exp:churn  param.lr&gt;0.1  metric.evaluate.auc&gt;=0.8  after:2026-01-01</source>
        <translation>Läufe suchen: Text  state:failed  exp:churn  param.lr&gt;0.1  metric.evaluate.auc&gt;=0.8  after:2026-01-01</translation>
    </message>
    <message>
        <source>Free text matches run, display and experiment names.
state:&lt;complete|failed|running|canceled|cached|interrupted&gt;, exp:&lt;experiment&gt;,
after:&lt;date&gt;, before:&lt;date&gt;, param.&lt;name&gt;&lt;op&gt;&lt;value&gt;, metric.&lt;name&gt;&lt;op&gt;&lt;value&gt;
with op one of = != &lt; &lt;= &gt; &gt;= ~ (contains).
Metrics of runs recorded by mlwb are named after their step: metric.&lt;task&gt;.&lt;metric&gt;.</source>
        <translation>Freitext sucht in Lauf-, Anzeige- und Experimentnamen.
state:&lt;complete|failed|running|canceled|cached|interrupted&gt;, exp:&lt;Experiment&gt;,
after:&lt;Datum&gt;, before:&lt;Datum&gt;, param.&lt;Name&gt;&lt;op&gt;&lt;Wert&gt;, metric.&lt;Name&gt;&lt;op&gt;&lt;Wert&gt;
mit op aus = != &lt; &lt;= &gt; &gt;= ~ (enthält).
Metriken von Läufen, die mlwb aufgezeichnet hat, sind nach ihrem Schritt benannt: metric.&lt;Task&gt;.&lt;Metrik&gt;.</translation>
    </message>
    <message>
        <source>Show all metric columns</source>
        <translation>Alle Metrikspalten anzeigen</translation>
    </message>
    <message>
        <source>Default metric columns</source>
        <translation>Standard-Metrikspalten</translation>
    </message>
    <message>
        <source>The run metrics the pipelines name, or every metric of runs whose pipeline names none</source>
        <translation>Die von den Pipelines benannten Laufmetriken oder jede Metrik von Läufen, deren Pipeline keine benennt</translation>
    </message>
</context>
<context>
    <name>wb::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>This workspace's settings file cannot be read, so its overrides are not shown and cannot be changed here: %1</source>
        <translation>Die Einstellungsdatei dieses Arbeitsbereichs kann nicht gelesen werden; seine eigenen Werte werden daher hier weder angezeigt noch können sie geändert werden: %1</translation>
    </message>
    <message>
        <source>Docker binary</source>
        <translation>Docker-Programm</translation>
    </message>
    <message>
        <source>The docker CLI or a drop-in such as podman: a name found on PATH or a full path. Empty: docker</source>
        <translation>Die docker-CLI oder ein Ersatz wie podman: ein im PATH gefundener Name oder ein vollständiger Pfad. Leer: docker</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Docker Binary</source>
        <translation>Docker-Programm</translation>
    </message>
    <message>
        <source>Docker context</source>
        <translation>Docker-Kontext</translation>
    </message>
    <message>
        <source>the current one</source>
        <translation>der aktuelle</translation>
    </message>
    <message>
        <source>A context of `docker context ls`, handed to docker as DOCKER_CONTEXT. Empty: the CLI's current one</source>
        <translation>Ein Kontext aus `docker context ls`, an docker als DOCKER_CONTEXT übergeben. Leer: der aktuelle Kontext der CLI</translation>
    </message>
    <message>
        <source>Default runtime</source>
        <translation>Standard-Laufzeitumgebung</translation>
    </message>
    <message>
        <source>Automatic (Docker if available)</source>
        <translation>Automatisch (Docker, falls verfügbar)</translation>
    </message>
    <message>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
    <message>
        <source>Process runner (no isolation)</source>
        <translation>Prozess-Runner (ohne Isolation)</translation>
    </message>
    <message>
        <source>What the run dialog offers first, and what re-runs and reproductions use</source>
        <translation>Was der Ausführen-Dialog zuerst anbietet und was erneute Ausführungen und Reproduktionen verwenden</translation>
    </message>
    <message>
        <source>Image pull policy</source>
        <translation>Pull-Richtlinie für Images</translation>
    </message>
    <message>
        <source>Never: only images already on this machine</source>
        <translation>Nie: nur Images, die schon auf diesem Rechner sind</translation>
    </message>
    <message>
        <source>Missing: pull the images this machine lacks</source>
        <translation>Fehlende: die Images herunterladen, die diesem Rechner fehlen</translation>
    </message>
    <message>
        <source>Always: pull every image before a run</source>
        <translation>Immer: vor jedem Lauf jedes Image herunterladen</translation>
    </message>
    <message>
        <source>When a run fetches the images of its steps from their registry</source>
        <translation>Wann ein Lauf die Images seiner Schritte aus ihrer Registry holt</translation>
    </message>
    <message>
        <source>Default memory</source>
        <translation>Standardspeicher</translation>
    </message>
    <message>
        <source>Memory of a step that sets none: 4g, 512Mi, or a share of this machine's memory such as 75%</source>
        <translation>Speicher eines Schritts, der keinen festlegt: 4g, 512Mi oder ein Anteil am Speicher dieses Rechners wie 75%</translation>
    </message>
    <message>
        <source>Process limit</source>
        <translation>Prozesslimit</translation>
    </message>
    <message>
        <source>The most processes a step's container may start (--pids-limit)</source>
        <translation>Höchstzahl der Prozesse, die der Container eines Schritts starten darf (--pids-limit)</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Default experiment</source>
        <translation>Standard-Experiment</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>The experiment new runs are recorded under; the run dialog can change it</source>
        <translation>Das Experiment, unter dem neue Läufe erfasst werden; der Ausführen-Dialog kann es ändern</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Open a workspace to set values for it alone</source>
        <translation>Einen Arbeitsbereich öffnen, um Werte nur für ihn festzulegen</translation>
    </message>
    <message>
        <source>This workspace only</source>
        <translation>Nur dieser Arbeitsbereich</translation>
    </message>
    <message>
        <source>Keep this value in the workspace (.mlwb/settings.json) instead of your own settings</source>
        <translation>Diesen Wert im Arbeitsbereich (.mlwb/settings.json) statt in den persönlichen Einstellungen speichern</translation>
    </message>
    <message>
        <source>Cannot save the settings: %1</source>
        <translation>Die Einstellungen können nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>wb::ui::VersionTab</name>
    <message>
        <source>Version %1 of %2 — read-only</source>
        <translation>Version %1 von %2 — schreibgeschützt</translation>
    </message>
</context>
<context>
    <name>wb::ui::WorkbenchSettings</name>
    <message>
        <source>Enter a value for this workspace, or clear "This workspace only".</source>
        <translation>Einen Wert für diesen Arbeitsbereich eingeben oder „Nur dieser Arbeitsbereich“ abwählen.</translation>
    </message>
    <message>
        <source>The docker binary "%1" is not found on PATH.</source>
        <translation>Das Docker-Programm „%1“ wurde im PATH nicht gefunden.</translation>
    </message>
    <message>
        <source>The docker binary %1 does not exist.</source>
        <translation>Das Docker-Programm %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The docker binary %1 is not an executable file.</source>
        <translation>Das Docker-Programm %1 ist keine ausführbare Datei.</translation>
    </message>
    <message>
        <source>"%1" is not a docker context name.</source>
        <translation>„%1“ ist kein Docker-Kontextname.</translation>
    </message>
    <message>
        <source>The process limit must be a whole number of at least 1.</source>
        <translation>Das Prozesslimit muss eine ganze Zahl von mindestens 1 sein.</translation>
    </message>
</context>
<context>
    <name>wb::ui::WorkbenchViews</name>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Drift</translation>
    </message>
    <message>
        <source>Cannot run the pipeline</source>
        <translation>Die Pipeline kann nicht ausgeführt werden</translation>
    </message>
    <message>
        <source>Run %1 %2.</source>
        <translation>Lauf %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n run(s) interrupted after a crash: %1</source>
        <translation>
            <numerusform>Nach einem Absturz %n Lauf als unterbrochen markiert: %1</numerusform>
            <numerusform>Nach einem Absturz %n Läufe als unterbrochen markiert: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored as commit %1.</source>
        <translation>Als Commit %1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>&amp;Run…</source>
        <translation>&amp;Ausführen…</translation>
    </message>
    <message>
        <source>Run the pipeline on this machine (F5)</source>
        <translation>Die Pipeline auf diesem Rechner ausführen (F5)</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>Lauf a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Re&amp;produce Selected Run</source>
        <translation>Ausgewählten Lauf re&amp;produzieren</translation>
    </message>
    <message>
        <source>Re-run the run selected in the Runs tab from its git commit and compare every output</source>
        <translation>Den im Läufe-Tab ausgewählten Lauf aus seinem Git-Commit erneut ausführen und jede Ausgabe vergleichen</translation>
    </message>
    <message>
        <source>Show &amp;Runs</source>
        <translation>&amp;Läufe anzeigen</translation>
    </message>
    <message>
        <source>Show &amp;Drift</source>
        <translation>&amp;Drift anzeigen</translation>
    </message>
    <message>
        <source>Show &amp;Pipeline</source>
        <translation>&amp;Pipeline anzeigen</translation>
    </message>
    <message>
        <source>Open &amp;Metadata Store…</source>
        <translation>&amp;Metadatenspeicher öffnen…</translation>
    </message>
    <message>
        <source>Import &amp;MLflow Store…</source>
        <translation>&amp;MLflow-Speicher importieren…</translation>
    </message>
    <message>
        <source>&amp;Commit…</source>
        <translation>&amp;Einchecken…</translation>
    </message>
    <message>
        <source>Show &amp;History</source>
        <translation>&amp;Verlauf anzeigen</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;Versionen</translation>
    </message>
    <message>
        <source>Cannot open the workspace's metadata store: %1</source>
        <translation>Der Metadatenspeicher des Arbeitsbereichs kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>%1 @ %2</source>
        <translation>%1 @ %2</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>%1 is not in a git repository yet. Create one there (with a .gitignore that keeps run data and large data files out)?</source>
        <translation>%1 liegt noch in keinem Git-Repository. Dort eines anlegen (mit einer .gitignore, die Laufdaten und große Datendateien fernhält)?</translation>
    </message>
    <message>
        <source>Cannot create a repository</source>
        <translation>Repository kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Committed %1.</source>
        <translation>%1 committet.</translation>
    </message>
    <message>
        <source>Reproduce run</source>
        <translation>Lauf reproduzieren</translation>
    </message>
    <message>
        <source>Select one run in the Runs tab first.</source>
        <translation>Wählen Sie zuerst einen Lauf im Läufe-Tab.</translation>
    </message>
    <message>
        <source>Open a workspace folder first.</source>
        <translation>Öffnen Sie zuerst einen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Reproducing run %1 from its commit…</source>
        <translation>Lauf %1 wird aus seinem Commit reproduziert…</translation>
    </message>
    <message>
        <source>Cannot reproduce run %1</source>
        <translation>Lauf %1 kann nicht reproduziert werden</translation>
    </message>
    <message>
        <source>Run %1 re-run from commit %2 as run %3: %4.</source>
        <translation>Lauf %1 aus Commit %2 als Lauf %3 erneut ausgeführt: %4.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>identisch</translation>
    </message>
    <message>
        <source>DIFFERS</source>
        <translation>ABWEICHEND</translation>
    </message>
    <message>
        <source>All outputs are byte-identical.</source>
        <translation>Alle Ausgaben sind byte-identisch.</translation>
    </message>
    <message>
        <source>The run was NOT reproduced exactly.</source>
        <translation>Der Lauf wurde NICHT exakt reproduziert.</translation>
    </message>
    <message>
        <source>Compare drift</source>
        <translation>Drift vergleichen</translation>
    </message>
    <message>
        <source>Re-run the committed version anyway? Its outputs may differ from what actually ran.</source>
        <translation>Die committete Version trotzdem erneut ausführen? Ihre Ausgaben können von dem abweichen, was tatsächlich gelaufen ist.</translation>
    </message>
    <message>
        <source>Re-run with the data as it is now? Its outputs may differ from the original run's.</source>
        <translation>Mit den Daten im aktuellen Zustand erneut ausführen? Die Ausgaben können von denen des ursprünglichen Laufs abweichen.</translation>
    </message>
</context>
<context>
    <name>wb::ui::WorkspaceActions</name>
    <message>
        <source>No application opens %1.</source>
        <translation>Keine Anwendung öffnet %1.</translation>
    </message>
    <message>
        <source>Validating %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>Cannot validate %1: %2</source>
        <translation>%1 kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>%1 is valid.</source>
        <translation>%1 ist gültig.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s), %2 error(s).</source>
        <translation>
            <numerusform>%1: %n Problem, %2 Fehler.</numerusform>
            <numerusform>%1: %n Probleme, %2 Fehler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
</context>
<context>
    <name>wb::ui::WorkspaceBrowser</name>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>Open Workspace…</source>
        <translation>Arbeitsbereich öffnen…</translation>
    </message>
    <message>
        <source>Show other files</source>
        <translation>Andere Dateien anzeigen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Git</source>
        <translation>Git</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Wird eingelesen…</translation>
    </message>
    <message>
        <source>No pipelines, components, datasets or notebooks here yet.</source>
        <translation>Hier gibt es noch keine Pipelines, Komponenten, Datensätze oder Notebooks.</translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n file(s) are listed.</source>
        <translation>
            <numerusform>Nur die erste %n Datei wird aufgeführt.</numerusform>
            <numerusform>Nur die ersten %n Dateien werden aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a git repository.</source>
        <translation>Kein Git-Repository.</translation>
    </message>
    <message>
        <source>Drift reference: %1. Double-click another dataset to compare it with this one.</source>
        <translation>Drift-Referenz: %1. Doppelklick auf einen anderen Datensatz vergleicht ihn mit dieser.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Run…</source>
        <translation>Ausführen…</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Use as Drift Reference</source>
        <translation>Als Drift-Referenz verwenden</translation>
    </message>
    <message>
        <source>Compare with Drift Reference</source>
        <translation>Mit Drift-Referenz vergleichen</translation>
    </message>
    <message>
        <source>Compare with %1 (Drift)</source>
        <translation>Mit %1 vergleichen (Drift)</translation>
    </message>
    <message>
        <source>Choose a reference dataset first</source>
        <translation>Zuerst einen Referenzdatensatz wählen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Output of stage %1 in %2</source>
        <translation>Ausgabe der Stage %1 in %2</translation>
    </message>
    <message>
        <source>A folder of data</source>
        <translation>Ein Datenordner</translation>
    </message>
    <message>
        <source>Not in the workspace: dvc pull fetches it</source>
        <translation>Nicht im Arbeitsbereich: dvc pull holt es</translation>
    </message>
    <message>
        <source>Pipelines (%1)</source>
        <translation>Pipelines (%1)</translation>
    </message>
    <message>
        <source>Components (%1)</source>
        <translation>Komponenten (%1)</translation>
    </message>
    <message>
        <source>Datasets (%1)</source>
        <translation>Datensätze (%1)</translation>
    </message>
    <message>
        <source>Notebooks (%1)</source>
        <translation>Notebooks (%1)</translation>
    </message>
    <message>
        <source>Other files (%1)</source>
        <translation>Andere Dateien (%1)</translation>
    </message>
    <message>
        <source>clean</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>untracked</source>
        <translation>nicht verfolgt</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>conflicted</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoriert</translation>
    </message>
</context>
</TS>
