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
</context>
<context>
    <name>mlwb</name>
    <message>
        <source>Shows a KFP v1 component file&apos;s interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component.yaml to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (%n task(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolves a container component&apos;s command line with KFP v1 rules. Inputs not given take their default; optional inputs without a value are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An input value (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An input passed as a file, without a value (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--arg expects NAME=VALUE, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input %1 -&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output %1 -&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a pipeline file and list every problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline file (KFP v1 graph component YAML).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the diagnostics as a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrange the tasks of a pipeline with Graphviz dot (left to right).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the positions as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the new positions in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lay out %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrange a pipeline&apos;s tasks (print or --write positions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work in the repository containing DIR (default: the current folder); relative paths are then relative to DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a git repository with mlwb&apos;s .gitignore (run data and data/ stay out of git).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder (default: the current one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initialised a git repository in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists changed pipelines, dataset manifests, .dvc and component files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every changed file, not only manifests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commits exactly the given files (like git commit -- FILE...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author &quot;Name &lt;email&gt;&quot; when git&apos;s user.name/user.email are not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files to commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit needs a message: -m MSG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--author must look like &quot;Name &lt;email&gt;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commits that changed FILE, newest first (first-parent history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N commits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file in the repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes PATH.dataset.yaml (md5/size as DVC 3 computes them, table profile for CSV/TSV) and lists PATH in .gitignore when git would track it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the data is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write PATH.dvc for DVC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># added %1 to .gitignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the data against its manifest. Exit 0 unchanged, 1 changed or missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME.dataset.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compares a dataset manifest at two revisions (REV may be WORKTREE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>older revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newer revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows: %1 -&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~ column %1: %2 -&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the datasets of the workspace: *.dataset.yaml and .dvc files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a git repository for a workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed manifests in the repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit files with a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commits that changed a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe a data file/folder in a manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check data against its manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare a dataset at two revisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List datasets (.dataset.yaml, .dvc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses %2, which the Argo exporter does not support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IfPresent placeholder on &quot;%1&quot;, which some tasks set and others do not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline refers to the undefined component &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a resolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component &quot;%1&quot; has no container image (executor &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the condition &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; refers to the unknown task &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ParallelFor loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task &quot;%1&quot; depends on the unknown task &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a parameter expression selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an exit handler (taskFinalStatus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an input source of &quot;%1&quot; it does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an artifact source of &quot;%1&quot; it does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output &quot;%1&quot; (only single-task outputs are supported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a KFP v2 pipeline: pipelineInfo.name or root.dag is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipeline-level input artifacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component &quot;%1&quot; uses %2, which Argo Workflows cannot express without the KFP launcher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the executor-input placeholder {{$}} (a Python function component)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the placeholder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component &quot;%1&quot;: cannot read the placeholder %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The YAML is not valid: line %1, column %2: %3.</source>
        <translation type="unfinished"></translation>
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
    <name>wb::ui::DropComponentInteraction</name>
    <message>
        <source>Cannot add %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::EditorController</name>
    <message>
        <source>The pipeline changed while it was being arranged; arrange it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Arranged %n tasks.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select one or more tasks first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n connections</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select at least two tasks to align.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select at least three tasks to distribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline exported from mlwb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline is too large to export as an image.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::FragmentMime</name>
    <message>
        <source>The clipboard holds no tasks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::MainWindow</name>
    <message>
        <source>mlwb</source>
        <translation>mlwb</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>%1 — mlwb</source>
        <translation>%1 — mlwb</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
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
        <translation>&lt;h3&gt;mlwb %1&lt;/h3&gt;&lt;p&gt;Die Werkbank für ML-Pipelines: Kubeflow-Pipelines grafisch entwerfen, lokal ausführen, Herkunft (Lineage) und Drift prüfen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>wb::ui::NewEdgeInteraction</name>
    <message>
        <source>Drag to a compatible port (green) to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect an output to an input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release to connect %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::NodeItem</name>
    <message>
        <source>(unnamed component)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untyped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing component: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
