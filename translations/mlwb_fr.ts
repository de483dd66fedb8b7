<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>main</name>
    <message>
        <source>The ML pipeline workbench</source>
        <translation>L'atelier de pipelines ML</translation>
    </message>
    <message>
        <source>Workspace folder to open.</source>
        <translation>Dossier d'espace de travail à ouvrir.</translation>
    </message>
    <message>
        <source>Pipeline file to open.</source>
        <translation>Fichier de pipeline à ouvrir.</translation>
    </message>
    <message>
        <source>pipeline</source>
        <translation>pipeline</translation>
    </message>
    <message>
        <source>Save a screenshot after the first paint, then quit.</source>
        <translation>Enregistrer une capture d'écran après le premier affichage, puis quitter.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Print the component, example and plugin folders, then quit.</source>
        <translation>Afficher les dossiers des composants, des exemples et des plugins, puis quitter.</translation>
    </message>
    <message>
        <source>Quit with exit code 0 once the main window has been painted (checks an installation).</source>
        <translation>Quitter avec le code de sortie 0 une fois la fenêtre principale affichée (vérifie une installation).</translation>
    </message>
</context>
<context>
    <name>mlwb</name>
    <message>
        <source>Shows a KFP v1 component file's interface.</source>
        <translation>Affiche l'interface d'un fichier de composant KFP v1.</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Afficher un document JSON.</translation>
    </message>
    <message>
        <source>component.yaml to read</source>
        <translation>component.yaml à lire</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nom : %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Implementation: %1%2</source>
        <translation>Implémentation : %1%2</translation>
    </message>
    <message numerus="yes">
        <source> (%n task(s))</source>
        <translation>
            <numerusform> (%n tâche)</numerusform>
            <numerusform> (%n tâches)</numerusform>
        </translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Description : %1</translation>
    </message>
    <message>
        <source>Inputs:</source>
        <translation>Entrées :</translation>
    </message>
    <message>
        <source> = %1</source>
        <translation> = %1</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (facultatif)</translation>
    </message>
    <message>
        <source>Outputs:</source>
        <translation>Sorties :</translation>
    </message>
    <message>
        <source>Resolves a container component's command line with KFP v1 rules. Inputs not given take their default; optional inputs without a value are left out.</source>
        <translation>Résout la ligne de commande d'un composant conteneur selon les règles KFP v1. Les entrées non fournies prennent leur valeur par défaut ; les entrées facultatives sans valeur sont omises.</translation>
    </message>
    <message>
        <source>An input value (repeatable).</source>
        <translation>Une valeur d'entrée (répétable).</translation>
    </message>
    <message>
        <source>An input passed as a file, without a value (repeatable).</source>
        <translation>Une entrée passée sous forme de fichier, sans valeur (répétable).</translation>
    </message>
    <message>
        <source>--arg expects NAME=VALUE, got '%1'</source>
        <translation>--arg attend NOM=VALEUR, reçu « %1 »</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>Image : %1</translation>
    </message>
    <message>
        <source>input %1 -&gt; %2</source>
        <translation>entrée %1 -&gt; %2</translation>
    </message>
    <message>
        <source>output %1 -&gt; %2</source>
        <translation>sortie %1 -&gt; %2</translation>
    </message>
    <message>
        <source>Compares two versions of a pipeline: tasks added, removed and changed (field by field), edges and parameters. A revision is a commit, branch, tag, HEAD~N or WORKTREE (the file as it is now).</source>
        <translation>Compare deux versions d'un pipeline : tâches ajoutées, supprimées et modifiées (champ par champ), arêtes et paramètres. Une révision est un commit, une branche, une étiquette, HEAD~N ou WORKTREE (le fichier dans son état actuel).</translation>
    </message>
    <message>
        <source>old revision</source>
        <translation>ancienne révision</translation>
    </message>
    <message>
        <source>new revision</source>
        <translation>nouvelle révision</translation>
    </message>
    <message>
        <source>pipeline file</source>
        <translation>fichier de pipeline</translation>
    </message>
    <message>
        <source>Work in the repository containing DIR (default: the current folder); PIPELINE is then relative to DIR.</source>
        <translation>Travailler dans le dépôt contenant DIR (par défaut : le dossier courant) ; PIPELINE est alors relatif à DIR.</translation>
    </message>
    <message>
        <source>Do not report tasks that only moved on the canvas.</source>
        <translation>Ne pas signaler les tâches seulement déplacées sur le canevas.</translation>
    </message>
    <message>
        <source>The Argo exporter plugin is not available (searched: %1).%2</source>
        <translation>Le plugin d'export Argo n'est pas disponible (recherché : %1).%2</translation>
    </message>
    <message>
        <source>Export a pipeline for Kubeflow Pipelines (ZIP package or v2 IR) or Argo Workflows.</source>
        <translation>Exporter un pipeline pour Kubeflow Pipelines (paquet ZIP ou IR v2) ou Argo Workflows.</translation>
    </message>
    <message>
        <source>Pipeline file (KFP v1 graph component YAML).</source>
        <translation>Fichier de pipeline (YAML de composant graphe KFP v1).</translation>
    </message>
    <message>
        <source>Write a package: KFP pipeline.yaml plus the mlwb sources.</source>
        <translation>Écrire un paquet : pipeline.yaml KFP plus les sources mlwb.</translation>
    </message>
    <message>
        <source>Write only the compiled KFP v2 IR YAML.</source>
        <translation>Écrire uniquement le YAML IR KFP v2 compilé.</translation>
    </message>
    <message>
        <source>Write an Argo Workflow (through the Argo exporter plugin).</source>
        <translation>Écrire un workflow Argo (via le plugin d'export Argo).</translation>
    </message>
    <message>
        <source>export: give exactly one of --zip, --ir, --argo</source>
        <translation>export : indiquez exactement une option parmi --zip, --ir, --argo</translation>
    </message>
    <message>
        <source>Import a pipeline package (mlwb ZIP, KFP ZIP or KFP v2 IR YAML) into a folder; prints the pipeline file.</source>
        <translation>Importer un paquet de pipeline (ZIP mlwb, ZIP KFP ou YAML IR KFP v2) dans un dossier ; affiche le fichier de pipeline.</translation>
    </message>
    <message>
        <source>Package: .zip, .yaml, .yml or .json.</source>
        <translation>Paquet : .zip, .yaml, .yml ou .json.</translation>
    </message>
    <message>
        <source>Folder to write the pipeline into (created if needed).</source>
        <translation>Dossier où écrire le pipeline (créé si nécessaire).</translation>
    </message>
    <message>
        <source>import: --into DIR is required</source>
        <translation>import : --into DIR est obligatoire</translation>
    </message>
    <message>
        <source>Check a pipeline file and list every problem.</source>
        <translation>Vérifier un fichier de pipeline et lister chaque problème.</translation>
    </message>
    <message>
        <source>Print the diagnostics as a JSON array.</source>
        <translation>Afficher les diagnostics sous forme de tableau JSON.</translation>
    </message>
    <message>
        <source>Arrange the tasks of a pipeline with Graphviz dot (left to right).</source>
        <translation>Organiser les tâches d'un pipeline avec Graphviz dot (de gauche à droite).</translation>
    </message>
    <message>
        <source>Print the positions as JSON.</source>
        <translation>Afficher les positions en JSON.</translation>
    </message>
    <message>
        <source>Store the new positions in the file.</source>
        <translation>Enregistrer les nouvelles positions dans le fichier.</translation>
    </message>
    <message>
        <source>Cannot lay out %1: %2</source>
        <translation>Impossible de disposer %1 : %2</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <source>Arrange a pipeline's tasks (print or --write positions).</source>
        <translation>Organiser les tâches d'un pipeline (afficher ou --write les positions).</translation>
    </message>
    <message>
        <source>Re-runs a recorded run from the git commit it was made from (with the same parameters, without the cache) and compares every output byte by byte. Exit 0 when all outputs are identical, 1 otherwise.</source>
        <translation>Réexécute une exécution enregistrée depuis son commit Git (mêmes paramètres, sans cache) et compare chaque sortie octet par octet. Code de sortie 0 si toutes les sorties sont identiques, 1 sinon.</translation>
    </message>
    <message>
        <source>The run to reproduce.</source>
        <translation>L'exécution à reproduire.</translation>
    </message>
    <message>
        <source>Workspace folder (default: .).</source>
        <translation>Dossier de l'espace de travail (par défaut : .).</translation>
    </message>
    <message>
        <source>docker, process or auto (default: auto).</source>
        <translation>docker, process ou auto (par défaut : auto).</translation>
    </message>
    <message>
        <source>docker (default), podman or a path.</source>
        <translation>docker (par défaut), podman ou un chemin.</translation>
    </message>
    <message>
        <source>Reproduce a run made from uncommitted changes (re-runs the commit).</source>
        <translation>Reproduire une exécution faite à partir de modifications non committées (réexécute le commit).</translation>
    </message>
    <message>
        <source>Go on when data files changed since the run's commit.</source>
        <translation>Continuer même si des fichiers de données ont changé depuis le commit de l'exécution.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Afficher le résultat en JSON.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Impossible de créer un dossier temporaire : %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>Reproduced run %1 as run %2 (commit %3): %4</source>
        <translation>Exécution %1 reproduite en tant qu'exécution %2 (commit %3) : %4</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>identique</translation>
    </message>
    <message>
        <source>DIFFERS</source>
        <translation>DIFFÉRENT</translation>
    </message>
    <message>
        <source>All outputs are byte-identical.</source>
        <translation>Toutes les sorties sont identiques octet par octet.</translation>
    </message>
    <message>
        <source>The run was NOT reproduced exactly.</source>
        <translation>L'exécution n'a PAS été reproduite à l'identique.</translation>
    </message>
    <message>
        <source>Run a pipeline locally (Docker, or the process runner).</source>
        <translation>Exécuter un pipeline localement (Docker ou exécuteur de processus).</translation>
    </message>
    <message>
        <source>Pipeline file.</source>
        <translation>Fichier de pipeline.</translation>
    </message>
    <message>
        <source>Workspace folder (default: .); runs go to DIR/.mlwb/runs.</source>
        <translation>Dossier de l'espace de travail (par défaut : .) ; les exécutions vont dans DIR/.mlwb/runs.</translation>
    </message>
    <message>
        <source>A pipeline parameter (repeatable).</source>
        <translation>Un paramètre du pipeline (répétable).</translation>
    </message>
    <message>
        <source>Steps running at once (default: CPU count).</source>
        <translation>Étapes exécutées simultanément (par défaut : nombre de CPU).</translation>
    </message>
    <message>
        <source>Re-run from this task (with --reuse).</source>
        <translation>Réexécuter à partir de cette tâche (avec --reuse).</translation>
    </message>
    <message>
        <source>Run whose outputs the other tasks reuse.</source>
        <translation>Exécution dont les autres tâches réutilisent les sorties.</translation>
    </message>
    <message>
        <source>Pass this environment variable to the steps as a secret (repeatable).</source>
        <translation>Transmettre cette variable d'environnement aux étapes comme secret (répétable).</translation>
    </message>
    <message>
        <source>Run every step even when cached.</source>
        <translation>Exécuter chaque étape même si elle est en cache.</translation>
    </message>
    <message>
        <source>Use this run id.</source>
        <translation>Utiliser cet identifiant d'exécution.</translation>
    </message>
    <message>
        <source>Stream step output to stderr.</source>
        <translation>Diffuser la sortie des étapes sur stderr.</translation>
    </message>
    <message>
        <source>--from and --reuse go together</source>
        <translation>--from et --reuse vont ensemble</translation>
    </message>
    <message>
        <source>--max-parallel needs a positive number</source>
        <translation>--max-parallel nécessite un nombre positif</translation>
    </message>
    <message>
        <source>--param needs NAME=VALUE, not '%1'</source>
        <translation>--param nécessite NOM=VALEUR, pas « %1 »</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Exécution %1</translation>
    </message>
    <message>
        <source>Interrupted: cancelling the run...</source>
        <translation>Interrompu : annulation de l'exécution...</translation>
    </message>
    <message>
        <source>	%1 attempts</source>
        <translation>	%1 tentatives</translation>
    </message>
    <message>
        <source>Run %1 %2 (%3)</source>
        <translation>Exécution %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Remove containers of runs that no longer run and mark those runs interrupted.</source>
        <translation>Supprimer les conteneurs des exécutions qui ne tournent plus et marquer ces exécutions comme interrompues.</translation>
    </message>
    <message>
        <source>containers not checked: %1</source>
        <translation>conteneurs non vérifiés : %1</translation>
    </message>
    <message>
        <source>run %1 marked interrupted</source>
        <translation>exécution %1 marquée comme interrompue</translation>
    </message>
    <message>
        <source>container %1 removed</source>
        <translation>conteneur %1 supprimé</translation>
    </message>
    <message>
        <source>run %1 is still running; left alone</source>
        <translation>l'exécution %1 est toujours en cours ; laissée telle quelle</translation>
    </message>
    <message>
        <source>nothing to clean up</source>
        <translation>rien à nettoyer</translation>
    </message>
    <message>
        <source>Work in the repository containing DIR (default: the current folder); relative paths are then relative to DIR.</source>
        <translation>Travailler dans le dépôt contenant DIR (par défaut : le dossier courant) ; les chemins relatifs sont alors relatifs à DIR.</translation>
    </message>
    <message>
        <source>Creates a git repository with mlwb's .gitignore (run data and data/ stay out of git).</source>
        <translation>Crée un dépôt Git avec le .gitignore de mlwb (les données d'exécution et data/ restent hors de Git).</translation>
    </message>
    <message>
        <source>folder (default: the current one)</source>
        <translation>dossier (par défaut : le dossier courant)</translation>
    </message>
    <message>
        <source>Initialised a git repository in %1</source>
        <translation>Dépôt Git initialisé dans %1</translation>
    </message>
    <message>
        <source>Lists changed pipelines, dataset manifests, .dvc and component files.</source>
        <translation>Liste les pipelines, manifestes de jeux de données, fichiers .dvc et de composants modifiés.</translation>
    </message>
    <message>
        <source>List every changed file, not only manifests.</source>
        <translation>Lister chaque fichier modifié, pas seulement les manifestes.</translation>
    </message>
    <message>
        <source>Commits exactly the given files (like git commit -- FILE...).</source>
        <translation>Committe exactement les fichiers indiqués (comme git commit -- FICHIER...).</translation>
    </message>
    <message>
        <source>Commit message.</source>
        <translation>Message de commit.</translation>
    </message>
    <message>
        <source>Author "Name &lt;email&gt;" when git's user.name/user.email are not set.</source>
        <translation>Auteur "Nom &lt;email&gt;" quand user.name/user.email ne sont pas définis dans Git.</translation>
    </message>
    <message>
        <source>files to commit</source>
        <translation>fichiers à committer</translation>
    </message>
    <message>
        <source>commit needs a message: -m MSG</source>
        <translation>commit nécessite un message : -m MSG</translation>
    </message>
    <message>
        <source>--author must look like "Name &lt;email&gt;"</source>
        <translation>--author doit avoir la forme "Nom &lt;email&gt;"</translation>
    </message>
    <message>
        <source>Commits that changed FILE, newest first (first-parent history).</source>
        <translation>Commits ayant modifié FICHIER, du plus récent au plus ancien (historique first-parent).</translation>
    </message>
    <message>
        <source>At most N commits.</source>
        <translation>Au plus N commits.</translation>
    </message>
    <message>
        <source>file in the repository</source>
        <translation>fichier du dépôt</translation>
    </message>
    <message>
        <source>--limit needs a number</source>
        <translation>--limit nécessite un nombre</translation>
    </message>
    <message>
        <source>Writes PATH.dataset.yaml (md5/size as DVC 3 computes them, table profile for CSV/TSV) and lists PATH in .gitignore when git would track it.</source>
        <translation>Écrit CHEMIN.dataset.yaml (md5/taille calculés comme DVC 3, profil de table pour CSV/TSV) et ajoute CHEMIN au .gitignore si Git le suivrait.</translation>
    </message>
    <message>
        <source>What the data is.</source>
        <translation>Ce que sont les données.</translation>
    </message>
    <message>
        <source>Where it came from.</source>
        <translation>D'où elles proviennent.</translation>
    </message>
    <message>
        <source>Also write PATH.dvc for DVC.</source>
        <translation>Écrire aussi CHEMIN.dvc pour DVC.</translation>
    </message>
    <message>
        <source>data file or folder</source>
        <translation>fichier ou dossier de données</translation>
    </message>
    <message>
        <source># %1</source>
        <translation># %1</translation>
    </message>
    <message>
        <source># added %1 to .gitignore</source>
        <translation># %1 ajouté au .gitignore</translation>
    </message>
    <message>
        <source>NAME.dataset.yaml</source>
        <translation>NOM.dataset.yaml</translation>
    </message>
    <message>
        <source>missing: %1 does not exist</source>
        <translation>manquant : %1 n'existe pas</translation>
    </message>
    <message>
        <source>changed: %1 (%2)</source>
        <translation>modifié : %1 (%2)</translation>
    </message>
    <message>
        <source>unchanged: %1</source>
        <translation>inchangé : %1</translation>
    </message>
    <message>
        <source>Compares a dataset manifest at two revisions (REV may be WORKTREE).</source>
        <translation>Compare un manifeste de jeu de données entre deux révisions (REV peut être WORKTREE).</translation>
    </message>
    <message>
        <source>older revision</source>
        <translation>révision plus ancienne</translation>
    </message>
    <message>
        <source>newer revision</source>
        <translation>révision plus récente</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>aucune modification</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>modifié : %1</translation>
    </message>
    <message>
        <source>rows: %1 -&gt; %2</source>
        <translation>lignes : %1 -&gt; %2</translation>
    </message>
    <message>
        <source>+ column %1</source>
        <translation>+ colonne %1</translation>
    </message>
    <message>
        <source>- column %1</source>
        <translation>- colonne %1</translation>
    </message>
    <message>
        <source>~ column %1: %2 -&gt; %3</source>
        <translation>~ colonne %1 : %2 -&gt; %3</translation>
    </message>
    <message>
        <source>Create a git repository for a workspace.</source>
        <translation>Créer un dépôt Git pour un espace de travail.</translation>
    </message>
    <message>
        <source>Changed manifests in the repository.</source>
        <translation>Manifestes modifiés dans le dépôt.</translation>
    </message>
    <message>
        <source>Commit files with a message.</source>
        <translation>Committer des fichiers avec un message.</translation>
    </message>
    <message>
        <source>Commits that changed a file.</source>
        <translation>Commits ayant modifié un fichier.</translation>
    </message>
    <message>
        <source>Describe a data file/folder in a manifest.</source>
        <translation>Décrire un fichier/dossier de données dans un manifeste.</translation>
    </message>
    <message>
        <source>Compare a dataset at two revisions.</source>
        <translation>Comparer un jeu de données entre deux révisions.</translation>
    </message>
    <message>
        <source>File not found: %1</source>
        <translation>Fichier introuvable : %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB; the limit is %3 MB)</source>
        <translation>%1 est trop volumineux (%2 Mo ; la limite est de %3 Mo)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 est trop volumineux</translation>
    </message>
    <message>
        <source>The %1 %2 is empty</source>
        <translation>%1 %2 est vide</translation>
    </message>
    <message>
        <source>The %1 %2 is a binary file, not YAML text</source>
        <translation>%1 %2 est un fichier binaire, pas du texte YAML</translation>
    </message>
    <message>
        <source>The %1 %2 is not valid UTF-8 text</source>
        <translation>%1 %2 n'est pas un texte UTF-8 valide</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d'enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>%1 line %2 is not "&lt;sha256&gt;  &lt;name&gt;".</source>
        <translation>%1 ligne %2 n'est pas de la forme "&lt;sha256&gt;  &lt;nom&gt;".</translation>
    </message>
    <message>
        <source>%1 lists "%2" twice (line %3).</source>
        <translation>%1 liste « %2 » deux fois (ligne %3).</translation>
    </message>
    <message>
        <source>"%1" is missing</source>
        <translation>« %1 » est manquant</translation>
    </message>
    <message>
        <source>"%1" has been modified (checksum mismatch)</source>
        <translation>« %1 » a été modifié (somme de contrôle différente)</translation>
    </message>
    <message>
        <source>"%1" is not listed in %2</source>
        <translation>« %1 » n'est pas listé dans %2</translation>
    </message>
    <message>
        <source>The package does not match its %1: %2.</source>
        <translation>Le paquet ne correspond pas à son %1 : %2.</translation>
    </message>
    <message>
        <source>Task "%1" has no component (%2); fix it before exporting.</source>
        <translation>La tâche « %1 » n'a pas de composant (%2) ; corrigez-la avant l'export.</translation>
    </message>
    <message>
        <source>Task "%1" uses a graph component; KFP export supports container components only.</source>
        <translation>La tâche « %1 » utilise un composant graphe ; l'export KFP ne prend en charge que les composants conteneur.</translation>
    </message>
    <message>
        <source>The default of input "%1" of "%2" is not a %3; it is exported as text.</source>
        <translation>La valeur par défaut de l'entrée « %1 » de « %2 » n'est pas de type %3 ; elle est exportée comme texte.</translation>
    </message>
    <message>
        <source>Task "%1": %2</source>
        <translation>Tâche « %1 » : %2</translation>
    </message>
    <message>
        <source>Task "%1", variable %2: %3</source>
        <translation>Tâche « %1 », variable %2 : %3</translation>
    </message>
    <message>
        <source>Environment variable %1 of "%2" uses a placeholder; KFP does not resolve placeholders in env values.</source>
        <translation>La variable d'environnement %1 de « %2 » utilise un espace réservé ; KFP ne résout pas les espaces réservés dans les valeurs env.</translation>
    </message>
    <message>
        <source>"%1" declares fileOutputs, which KFP v2 does not support; they are left out.</source>
        <translation>« %1 » déclare des fileOutputs, non pris en charge par KFP v2 ; ils sont omis.</translation>
    </message>
    <message>
        <source>The pipeline cannot be compiled for Kubeflow Pipelines: %1</source>
        <translation>Le pipeline ne peut pas être compilé pour Kubeflow Pipelines : %1</translation>
    </message>
    <message>
        <source>The run condition of "%1" compares a number with "%2"; it is compared as text.</source>
        <translation>La condition d'exécution de « %1 » compare un nombre à « %2 » ; la comparaison se fait en texte.</translation>
    </message>
    <message>
        <source>Dataset %1 is a local file; set the pipeline parameter %2 to its URI (gs://, s3://, minio://...) when you start a run on Kubeflow.</source>
        <translation>Le jeu de données %1 est un fichier local ; définissez le paramètre du pipeline %2 sur son URI (gs://, s3://, minio://...) lorsque vous lancez une exécution sur Kubeflow.</translation>
    </message>
    <message>
        <source>URI of the data of dataset manifest %1</source>
        <translation>URI des données du manifeste de jeu de données %1</translation>
    </message>
    <message>
        <source>Input "%1" of task "%2" has no value.</source>
        <translation>L'entrée « %1 » de la tâche « %2 » n'a pas de valeur.</translation>
    </message>
    <message>
        <source>Task "%1" passes a constant to "%2", which the component reads as a file; KFP v2 passes files only between tasks (use a dataset or an upstream task).</source>
        <translation>La tâche « %1 » passe une constante à « %2 », que le composant lit comme fichier ; KFP v2 ne passe des fichiers qu'entre tâches (utilisez un jeu de données ou une tâche amont).</translation>
    </message>
    <message>
        <source>The value of "%1" of task "%2" is not a %3; it is passed as text.</source>
        <translation>La valeur de « %1 » de la tâche « %2 » n'est pas de type %3 ; elle est passée comme texte.</translation>
    </message>
    <message>
        <source>Task "%1" uses the unknown pipeline parameter "%2".</source>
        <translation>La tâche « %1 » utilise le paramètre de pipeline inconnu « %2 ».</translation>
    </message>
    <message>
        <source>Task "%1" passes pipeline parameter "%2" to "%3", which the component reads as a file; KFP v2 cannot do that.</source>
        <translation>La tâche « %1 » passe le paramètre de pipeline « %2 » à « %3 », que le composant lit comme fichier ; KFP v2 ne le permet pas.</translation>
    </message>
    <message>
        <source>Task "%1" reads "%2" of "%3", which does not exist.</source>
        <translation>La tâche « %1 » lit « %2 » de « %3 », qui n'existe pas.</translation>
    </message>
    <message>
        <source>Output "%1" of "%2" is read as a file by one task and as a value by "%3"; KFP v2 cannot pass one output both ways.</source>
        <translation>La sortie « %1 » de « %2 » est lue comme fichier par une tâche et comme valeur par « %3 » ; KFP v2 ne peut pas passer une sortie des deux façons.</translation>
    </message>
    <message>
        <source>Task "%1" reads dataset %2 as a value; on Kubeflow it receives the data's URI.</source>
        <translation>La tâche « %1 » lit le jeu de données %2 comme valeur ; sur Kubeflow, elle reçoit l'URI des données.</translation>
    </message>
    <message>
        <source>Task "%1" sets "%2", which its component does not have; it is left out.</source>
        <translation>La tâche « %1 » définit « %2 », que son composant ne possède pas ; il est omis.</translation>
    </message>
    <message>
        <source>Task "%1" runs after the unknown task "%2".</source>
        <translation>La tâche « %1 » s'exécute après la tâche inconnue « %2 ».</translation>
    </message>
    <message>
        <source>The run condition of "%1" uses the unknown task "%2".</source>
        <translation>La condition d'exécution de « %1 » utilise la tâche inconnue « %2 ».</translation>
    </message>
    <message>
        <source>The run condition of "%1" has no KFP v2 form and is left out.</source>
        <translation>La condition d'exécution de « %1 » n'a pas d'équivalent KFP v2 et est omise.</translation>
    </message>
    <message>
        <source>The timeout of "%1" has no KFP v2 form and is left out.</source>
        <translation>Le délai maximal de « %1 » n'a pas d'équivalent KFP v2 et est omis.</translation>
    </message>
    <message>
        <source>Pipeline output "%1" is not connected to a task output; it is left out.</source>
        <translation>La sortie de pipeline « %1 » n'est reliée à aucune sortie de tâche ; elle est omise.</translation>
    </message>
    <message>
        <source>Input "%1" of task "%2" comes from "%3" inside a group (e.g. a ParallelFor loop item); it is left unbound.</source>
        <translation>L'entrée « %1 » de la tâche « %2 » provient de « %3 » dans un groupe (p. ex. un élément de boucle ParallelFor) ; elle reste non liée.</translation>
    </message>
    <message>
        <source>Input "%1" of task "%2" comes from "%3", which was not imported; it is left unbound.</source>
        <translation>L'entrée « %1 » de la tâche « %2 » provient de « %3 », qui n'a pas été importé ; elle reste non liée.</translation>
    </message>
    <message>
        <source>Input "%1" of task "%2" comes from the output of group "%3"; it is left unbound.</source>
        <translation>L'entrée « %1 » de la tâche « %2 » provient de la sortie du groupe « %3 » ; elle reste non liée.</translation>
    </message>
    <message>
        <source>Input "%1" of task "%2" selects part of a value (%3); the whole value is used.</source>
        <translation>L'entrée « %1 » de la tâche « %2 » sélectionne une partie d'une valeur (%3) ; la valeur entière est utilisée.</translation>
    </message>
    <message>
        <source>Input "%1" of task "%2" receives a task's final status (exit handler); it is left unbound.</source>
        <translation>L'entrée « %1 » de la tâche « %2 » reçoit le statut final d'une tâche (gestionnaire de sortie) ; elle reste non liée.</translation>
    </message>
    <message>
        <source>Input "%1" of task "%2" has a form mlwb does not know; it is left unbound.</source>
        <translation>L'entrée « %1 » de la tâche « %2 » a une forme inconnue de mlwb ; elle reste non liée.</translation>
    </message>
    <message>
        <source>The condition "%1" of "%2" cannot be represented; the task runs unconditionally.</source>
        <translation>La condition « %1 » de « %2 » ne peut pas être représentée ; la tâche s'exécute sans condition.</translation>
    </message>
    <message>
        <source>Task "%1" uses %2 (%3); mlwb runs container tasks only, so it is left out.</source>
        <translation>La tâche « %1 » utilise %2 (%3) ; mlwb n'exécute que des tâches conteneur, elle est donc omise.</translation>
    </message>
    <message>
        <source>Container field "%1" of %2 is not supported and is left out.</source>
        <translation>Le champ de conteneur « %1 » de %2 n'est pas pris en charge et est omis.</translation>
    </message>
    <message>
        <source>%1 uses %2, which only the KFP launcher resolves ({{$}} is the executor input of lightweight Python components); kept as written, the task runs only on Kubeflow.</source>
        <translation>%1 utilise %2, que seul le lanceur KFP résout ({{$}} est l'entrée d'exécuteur des composants Python légers) ; conservée telle quelle, la tâche ne s'exécute que sur Kubeflow.</translation>
    </message>
    <message>
        <source>"%1" is inside several conditions; only the innermost one is kept.</source>
        <translation>« %1 » est dans plusieurs conditions ; seule la plus interne est conservée.</translation>
    </message>
    <message>
        <source>"%1" runs with strategy %2 (exit handler); mlwb runs it only after its dependencies succeed.</source>
        <translation>« %1 » s'exécute avec la stratégie %2 (gestionnaire de sortie) ; mlwb ne l'exécute qu'après la réussite de ses dépendances.</translation>
    </message>
    <message>
        <source>"%1" is a ParallelFor loop; its tasks are imported once, not once per item.</source>
        <translation>« %1 » est une boucle ParallelFor ; ses tâches sont importées une fois, pas une fois par élément.</translation>
    </message>
    <message>
        <source>Groups nested too deep under "%1" are left out.</source>
        <translation>Les groupes trop profondément imbriqués sous « %1 » sont omis.</translation>
    </message>
    <message>
        <source>Group "%1" (a sub-DAG: condition, loop or exit handler) is flattened: its tasks become pipeline tasks.</source>
        <translation>Le groupe « %1 » (un sous-DAG : condition, boucle ou gestionnaire de sortie) est aplati : ses tâches deviennent des tâches du pipeline.</translation>
    </message>
    <message>
        <source>The custom cache key of "%1" is left out.</source>
        <translation>La clé de cache personnalisée de « %1 » est omise.</translation>
    </message>
    <message>
        <source>The backoff factor / maximum of "%1" are left out (mlwb retries with a fixed delay).</source>
        <translation>Le facteur / maximum de backoff de « %1 » sont omis (mlwb réessaie avec un délai fixe).</translation>
    </message>
    <message>
        <source>The KFP pipeline has no root DAG.</source>
        <translation>Le pipeline KFP n'a pas de DAG racine.</translation>
    </message>
    <message>
        <source>Pipeline input artifact "%1" becomes a pipeline parameter (set it to a file path to run locally).</source>
        <translation>L'artefact d'entrée du pipeline « %1 » devient un paramètre du pipeline (définissez-le sur un chemin de fichier pour l'exécuter localement).</translation>
    </message>
    <message>
        <source>Pipeline output "%1" comes from a group or several alternatives; it is left unconnected.</source>
        <translation>La sortie de pipeline « %1 » provient d'un groupe ou de plusieurs alternatives ; elle reste non connectée.</translation>
    </message>
    <message>
        <source>The default pipeline root is left out.</source>
        <translation>La racine de pipeline par défaut est omise.</translation>
    </message>
    <message>
        <source>%1 is not a KFP v2 pipeline (no document has pipelineInfo and root).</source>
        <translation>%1 n'est pas un pipeline KFP v2 (aucun document n'a pipelineInfo et root).</translation>
    </message>
    <message>
        <source>The platform-specific settings (second YAML document: Kubernetes volumes, secrets...) are left out.</source>
        <translation>Les réglages propres à la plateforme (second document YAML : volumes Kubernetes, secrets...) sont omis.</translation>
    </message>
    <message>
        <source>Cannot add %1 to the package: %2</source>
        <translation>Impossible d'ajouter %1 au paquet : %2</translation>
    </message>
    <message>
        <source>Cannot import into %1: %2 already exists (import into an empty folder).</source>
        <translation>Impossible d'importer dans %1 : %2 existe déjà (importez dans un dossier vide).</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>Impossible de créer le dossier de %1.</translation>
    </message>
    <message>
        <source>The package is damaged or was modified: %1</source>
        <translation>Le paquet est endommagé ou a été modifié : %1</translation>
    </message>
    <message>
        <source>The package holds two pipelines (%1 and %2).</source>
        <translation>Le paquet contient deux pipelines (%1 et %2).</translation>
    </message>
    <message>
        <source>The package has mlwb/SHA256SUMS but no mlwb/&lt;name&gt;.pipeline.yaml.</source>
        <translation>Le paquet contient mlwb/SHA256SUMS mais pas de mlwb/&lt;nom&gt;.pipeline.yaml.</translation>
    </message>
    <message>
        <source>Cannot open %1: no such file.</source>
        <translation>Impossible d'ouvrir %1 : fichier inexistant.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d'ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is a .tar.gz package; unpack it and import its pipeline.yaml.</source>
        <translation>%1 est un paquet .tar.gz ; décompressez-le et importez son pipeline.yaml.</translation>
    </message>
    <message>
        <source>Unexpected pipeline file format in %1. Supported: .zip, .yaml, .yml, .json.</source>
        <translation>Format de fichier de pipeline inattendu dans %1. Formats pris en charge : .zip, .yaml, .yml, .json.</translation>
    </message>
    <message>
        <source>%1 is an empty archive.</source>
        <translation>%1 est une archive vide.</translation>
    </message>
    <message>
        <source>Expecting a pipeline.yaml file inside %1 (its first member is %2).</source>
        <translation>Un fichier pipeline.yaml est attendu dans %1 (son premier membre est %2).</translation>
    </message>
    <message>
        <source>"%1" is damaged: %2.</source>
        <translation>« %1 » est endommagé : %2.</translation>
    </message>
    <message>
        <source>"%1" is damaged at member "%2": %3.</source>
        <translation>« %1 » est endommagé au membre « %2 » : %3.</translation>
    </message>
    <message>
        <source>Refusing "%1": member "%2" %3.</source>
        <translation>« %1 » refusé : le membre « %2 » %3.</translation>
    </message>
    <message>
        <source>"%1" is not a ZIP archive, or it is truncated.</source>
        <translation>« %1 » n'est pas une archive ZIP, ou elle est tronquée.</translation>
    </message>
    <message>
        <source>Cannot open "%1".</source>
        <translation>Impossible d'ouvrir « %1 ».</translation>
    </message>
    <message>
        <source>"%1" is not a valid ZIP archive (damaged or truncated).</source>
        <translation>« %1 » n'est pas une archive ZIP valide (endommagée ou tronquée).</translation>
    </message>
    <message>
        <source>cannot read the member list</source>
        <translation>impossible de lire la liste des membres</translation>
    </message>
    <message>
        <source>Refusing "%1": it has %2 members, the limit is %3.</source>
        <translation>« %1 » refusé : elle contient %2 membres, la limite est de %3.</translation>
    </message>
    <message>
        <source>Refusing "%1": member "%2" is a symbolic link.</source>
        <translation>« %1 » refusé : le membre « %2 » est un lien symbolique.</translation>
    </message>
    <message>
        <source>Refusing "%1": member "%2" is not a regular file or folder.</source>
        <translation>« %1 » refusé : le membre « %2 » n'est ni un fichier ordinaire ni un dossier.</translation>
    </message>
    <message>
        <source>Refusing "%1": member "%2" is encrypted.</source>
        <translation>« %1 » refusé : le membre « %2 » est chiffré.</translation>
    </message>
    <message>
        <source>Refusing "%1": member "%2" uses compression method %3; only stored and deflated members are supported.</source>
        <translation>« %1 » refusé : le membre « %2 » utilise la méthode de compression %3 ; seuls les membres stored et deflate sont pris en charge.</translation>
    </message>
    <message>
        <source>Refusing "%1": member "%2" appears twice.</source>
        <translation>« %1 » refusé : le membre « %2 » apparaît deux fois.</translation>
    </message>
    <message>
        <source>Refusing "%1": members "%2" and "%3" differ only in case.</source>
        <translation>« %1 » refusé : les membres « %2 » et « %3 » ne diffèrent que par la casse.</translation>
    </message>
    <message>
        <source>declares %1, the limit per member is %2</source>
        <translation>déclare %1, la limite par membre est de %2</translation>
    </message>
    <message>
        <source>Refusing "%1": it would unpack to more than %2.</source>
        <translation>« %1 » refusé : décompressée, elle dépasserait %2.</translation>
    </message>
    <message>
        <source>expands more than %1 times (a zip bomb?)</source>
        <translation>s'étend plus de %1 fois (une bombe zip ?)</translation>
    </message>
    <message>
        <source>Refusing "%1": "%2" is both a file and a folder.</source>
        <translation>« %1 » refusé : « %2 » est à la fois un fichier et un dossier.</translation>
    </message>
    <message>
        <source>Cannot open "%1": no such file.</source>
        <translation>Impossible d'ouvrir « %1 » : fichier inexistant.</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>archive</translation>
    </message>
    <message>
        <source>checksum (CRC) mismatch</source>
        <translation>somme de contrôle (CRC) différente</translation>
    </message>
    <message>
        <source>inflates to more than its declared size of %1 bytes</source>
        <translation>se décompresse au-delà de sa taille déclarée de %1 octets</translation>
    </message>
    <message>
        <source>is larger than %1</source>
        <translation>est plus grand que %1</translation>
    </message>
    <message>
        <source>Refusing "%1": it unpacks to more than %2.</source>
        <translation>« %1 » refusé : décompressée, elle dépasse %2.</translation>
    </message>
    <message>
        <source>it holds %1 bytes instead of the declared %2</source>
        <translation>il contient %1 octets au lieu des %2 déclarés</translation>
    </message>
    <message>
        <source>Cannot write "%1": %2.</source>
        <translation>Impossible d'écrire « %1 » : %2.</translation>
    </message>
    <message>
        <source>Cannot extract into "%1": it already exists and is not an empty folder.</source>
        <translation>Impossible d'extraire dans « %1 » : il existe déjà et n'est pas un dossier vide.</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>impossible de créer le dossier</translation>
    </message>
    <message>
        <source>Refusing archive member "%1": it leaves the target folder.</source>
        <translation>Membre d'archive « %1 » refusé : il sort du dossier cible.</translation>
    </message>
    <message>
        <source>cannot replace the empty folder</source>
        <translation>impossible de remplacer le dossier vide</translation>
    </message>
    <message>
        <source>cannot move the extracted files into place</source>
        <translation>impossible de mettre en place les fichiers extraits</translation>
    </message>
    <message>
        <source>The placeholder %1 has no KFP v2 form; rewrite the component without it.</source>
        <translation>L'espace réservé %1 n'a pas d'équivalent KFP v2 ; réécrivez le composant sans lui.</translation>
    </message>
    <message>
        <source>Input "%1" is read both as a value and as a file; KFP v2 cannot pass one input both ways.</source>
        <translation>L'entrée « %1 » est lue à la fois comme valeur et comme fichier ; KFP v2 ne peut pas passer une entrée des deux façons.</translation>
    </message>
    <message>
        <source>if (a condition other than isPresent or a constant)</source>
        <translation>if (une condition autre que isPresent ou une constante)</translation>
    </message>
    <message>
        <source>isPresent (outside an if condition)</source>
        <translation>isPresent (hors d'une condition if)</translation>
    </message>
    <message>
        <source>Refusing archive member "%1": %2.</source>
        <translation>Membre d'archive « %1 » refusé : %2.</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>le nom est vide</translation>
    </message>
    <message>
        <source>the name contains a control character</source>
        <translation>le nom contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>the name contains a backslash</source>
        <translation>le nom contient une barre oblique inverse</translation>
    </message>
    <message>
        <source>absolute paths are not allowed</source>
        <translation>les chemins absolus ne sont pas autorisés</translation>
    </message>
    <message>
        <source>drive letters are not allowed</source>
        <translation>les lettres de lecteur ne sont pas autorisées</translation>
    </message>
    <message>
        <source>the path has an empty component</source>
        <translation>le chemin contient un composant vide</translation>
    </message>
    <message>
        <source>"." and ".." components are not allowed</source>
        <translation>les composants "." et ".." ne sont pas autorisés</translation>
    </message>
    <message>
        <source>the name contains ':'</source>
        <translation>le nom contient « : »</translation>
    </message>
    <message>
        <source>Cannot write the archive: %1.</source>
        <translation>Impossible d'écrire l'archive : %1.</translation>
    </message>
    <message>
        <source>Cannot write the archive: "%1" is listed twice.</source>
        <translation>Impossible d'écrire l'archive : « %1 » est listé deux fois.</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>cannot create it in memory</source>
        <translation>impossible de la créer en mémoire</translation>
    </message>
    <message>
        <source>compression failed</source>
        <translation>échec de la compression</translation>
    </message>
    <message>
        <source>cannot read back</source>
        <translation>impossible de la relire</translation>
    </message>
    <message>
        <source>The package is %1 MiB; the limit is %2 MiB (Kubeflow Pipelines refuses larger uploads). Move large data or embedded code out of the package.</source>
        <translation>Le paquet fait %1 Mio ; la limite est de %2 Mio (Kubeflow Pipelines refuse les envois plus gros). Sortez les données volumineuses ou le code intégré du paquet.</translation>
    </message>
    <message>
        <source>%1 is empty: a CSV file needs a header line and data rows</source>
        <translation>%1 est vide : un fichier CSV nécessite une ligne d'en-tête et des lignes de données</translation>
    </message>
    <message>
        <source>%1, line 1: the header is not valid UTF-8 text</source>
        <translation>%1, ligne 1 : l'en-tête n'est pas un texte UTF-8 valide</translation>
    </message>
    <message>
        <source>%1, line 1: the column name '%2' appears twice (columns %3 and %4); rename one</source>
        <translation>%1, ligne 1 : le nom de colonne « %2 » apparaît deux fois (colonnes %3 et %4) ; renommez-en une</translation>
    </message>
    <message>
        <source>%1, line %2, column '%3': the text is not valid UTF-8; re-save the file as UTF-8</source>
        <translation>%1, ligne %2, colonne « %3 » : le texte n'est pas en UTF-8 valide ; réenregistrez le fichier en UTF-8</translation>
    </message>
    <message>
        <source>%1, line %2: expected %3 fields (as in the header), found %4</source>
        <translation>%1, ligne %2 : %3 champs attendus (comme dans l'en-tête), %4 trouvés</translation>
    </message>
    <message>
        <source>Cancelled while reading %1</source>
        <translation>Annulé pendant la lecture de %1</translation>
    </message>
    <message>
        <source>%1 has a header but no data rows</source>
        <translation>%1 a un en-tête mais aucune ligne de données</translation>
    </message>
    <message>
        <source>%1 changed while it was being read</source>
        <translation>%1 a changé pendant sa lecture</translation>
    </message>
    <message>
        <source>Cannot open %1: the file does not exist</source>
        <translation>Impossible d'ouvrir %1 : le fichier n'existe pas</translation>
    </message>
    <message>
        <source>Cannot open %1: it is a folder, not a CSV file</source>
        <translation>Impossible d'ouvrir %1 : c'est un dossier, pas un fichier CSV</translation>
    </message>
    <message>
        <source>Cannot open %1: permission denied</source>
        <translation>Impossible d'ouvrir %1 : permission refusée</translation>
    </message>
    <message>
        <source>Cannot read %1 near line %2: %3</source>
        <translation>Impossible de lire %1 vers la ligne %2 : %3</translation>
    </message>
    <message>
        <source>corrupt compressed data (%1)</source>
        <translation>données compressées corrompues (%1)</translation>
    </message>
    <message>
        <source>Cannot read %1 near line %2: corrupt or truncated compressed data (%3)</source>
        <translation>Impossible de lire %1 vers la ligne %2 : données compressées corrompues ou tronquées (%3)</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted cell is never closed (missing '"')</source>
        <translation>%1, ligne %2 : une cellule entre guillemets n'est jamais fermée ('"' manquant)</translation>
    </message>
    <message>
        <source>%1, line %2: a cell is longer than the limit of %3 MB; is this really a CSV file?</source>
        <translation>%1, ligne %2 : une cellule dépasse la limite de %3 Mo ; est-ce vraiment un fichier CSV ?</translation>
    </message>
    <message>
        <source>Unknown drift method '%1'; use auto, reference, psi, js, wasserstein, ks, chi2, linf or hellinger</source>
        <translation>Méthode de drift inconnue « %1 » ; utilisez auto, reference, psi, js, wasserstein, ks, chi2, linf ou hellinger</translation>
    </message>
    <message>
        <source>The number of bins must be at least 2 (got %1)</source>
        <translation>Le nombre de classes doit être au moins 2 (reçu : %1)</translation>
    </message>
    <message>
        <source>Column '%1' cannot be both --categorical and --numerical</source>
        <translation>La colonne « %1 » ne peut pas être à la fois --categorical et --numerical</translation>
    </message>
    <message>
        <source>No column named %1 in %2 or %3</source>
        <translation>Aucune colonne nommée %1 dans %2 ou %3</translation>
    </message>
    <message>
        <source>%1 and %2 have no column in common to compare</source>
        <translation>%1 et %2 n'ont aucune colonne commune à comparer</translation>
    </message>
    <message>
        <source>Drift computation cancelled</source>
        <translation>Calcul du drift annulé</translation>
    </message>
    <message>
        <source>Data drift report</source>
        <translation>Rapport de drift des données</translation>
    </message>
    <message>
        <source>Window %1 vs %2</source>
        <translation>Fenêtre %1 contre %2</translation>
    </message>
    <message>
        <source>%1 of %2 columns drifted (method %3): %4. Bonferroni: %5, BH-FDR: %6.</source>
        <translation>%1 colonnes sur %2 en drift (méthode %3) : %4. Bonferroni : %5, BH-FDR : %6.</translation>
    </message>
    <message>
        <source>dataset drift, consider retraining</source>
        <translation>drift du jeu de données, envisagez un réentraînement</translation>
    </message>
    <message>
        <source>no dataset drift</source>
        <translation>pas de drift du jeu de données</translation>
    </message>
    <message>
        <source>drift</source>
        <translation>drift</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>column '%1' is treated as numerical but %2 cell(s) of %3 are not numbers (first: '%4' at line %5); they count as missing</source>
        <translation>la colonne « %1 » est traitée comme numérique mais %2 cellule(s) sur %3 ne sont pas des nombres (première : « %4 » ligne %5) ; elles comptent comme manquantes</translation>
    </message>
    <message>
        <source>Unknown window '%1': use year, quarter, month or a number of windows &gt;= 2</source>
        <translation>Fenêtre inconnue « %1 » : utilisez year, quarter, month ou un nombre de fenêtres &gt;= 2</translation>
    </message>
    <message>
        <source>%1 has no column named '%2' to split on</source>
        <translation>%1 n'a pas de colonne nommée « %2 » pour le découpage</translation>
    </message>
    <message>
        <source>Cannot make %1 windows from %2 dated rows</source>
        <translation>Impossible de former %1 fenêtres à partir de %2 lignes datées</translation>
    </message>
    <message>
        <source>Column '%1' of %2 gives %3 window(s); at least two are needed (is it a year or a date?)</source>
        <translation>La colonne « %1 » de %2 donne %3 fenêtre(s) ; il en faut au moins deux (est-ce une année ou une date ?)</translation>
    </message>
    <message>
        <source>No window '%1'; the windows are %2</source>
        <translation>Pas de fenêtre « %1 » ; les fenêtres sont %2</translation>
    </message>
    <message>
        <source>Task '%1': %2</source>
        <translation>Tâche « %1 » : %2</translation>
    </message>
    <message>
        <source>The pipeline has no parameter '%1'</source>
        <translation>Le pipeline n'a pas de paramètre « %1 »</translation>
    </message>
    <message>
        <source>the component has no input '%1'</source>
        <translation>le composant n'a pas d'entrée « %1 »</translation>
    </message>
    <message>
        <source>input '%1' uses the unknown pipeline parameter '%2'</source>
        <translation>l'entrée « %1 » utilise le paramètre de pipeline inconnu « %2 »</translation>
    </message>
    <message>
        <source>pipeline parameter '%1' has no value; pass --param %1=VALUE</source>
        <translation>le paramètre de pipeline « %1 » n'a pas de valeur ; passez --param %1=VALEUR</translation>
    </message>
    <message>
        <source>input '%1' is bound to the unknown task '%2'</source>
        <translation>l'entrée « %1 » est liée à la tâche inconnue « %2 »</translation>
    </message>
    <message>
        <source>input '%1' is bound to '%2.%3', but task '%2' has no output '%3'</source>
        <translation>l'entrée « %1 » est liée à « %2.%3 », mais la tâche « %2 » n'a pas de sortie « %3 »</translation>
    </message>
    <message>
        <source>cannot read the dataset manifest '%1': %2</source>
        <translation>impossible de lire le manifeste de jeu de données « %1 » : %2</translation>
    </message>
    <message>
        <source>the dataset '%1' is remote (%2); download it and describe the local copy</source>
        <translation>le jeu de données « %1 » est distant (%2) ; téléchargez-le et décrivez la copie locale</translation>
    </message>
    <message>
        <source>the data file '%1' named by the dataset manifest '%2' does not exist</source>
        <translation>le fichier de données « %1 » indiqué par le manifeste « %2 » n'existe pas</translation>
    </message>
    <message>
        <source>the component is missing: %1</source>
        <translation>le composant est manquant : %1</translation>
    </message>
    <message>
        <source>only container components can run locally (this one is a %1 component)</source>
        <translation>seuls les composants conteneur peuvent s'exécuter localement (celui-ci est un composant %1)</translation>
    </message>
    <message>
        <source>the component names no container image</source>
        <translation>le composant n'indique aucune image de conteneur</translation>
    </message>
    <message>
        <source>the run condition names the unknown task '%1'</source>
        <translation>la condition d'exécution cite la tâche inconnue « %1 »</translation>
    </message>
    <message>
        <source>the run condition names '%1.%2', which does not exist</source>
        <translation>la condition d'exécution cite « %1.%2 », qui n'existe pas</translation>
    </message>
    <message>
        <source>the run condition has the unknown operator '%1'</source>
        <translation>la condition d'exécution a l'opérateur inconnu « %1 »</translation>
    </message>
    <message>
        <source>runs after the unknown task '%1'</source>
        <translation>s'exécute après la tâche inconnue « %1 »</translation>
    </message>
    <message>
        <source>The tasks %1 form a cycle</source>
        <translation>Les tâches %1 forment un cycle</translation>
    </message>
    <message>
        <source>Two tasks are named '%1'</source>
        <translation>Deux tâches s'appellent « %1 »</translation>
    </message>
    <message>
        <source>The pipeline has no tasks</source>
        <translation>Le pipeline n'a pas de tâche</translation>
    </message>
    <message>
        <source>The pipeline cannot run: %1</source>
        <translation>Le pipeline ne peut pas s'exécuter : %1</translation>
    </message>
    <message>
        <source>Unknown runtime '%1'; use docker, process or auto</source>
        <translation>Environnement d'exécution inconnu « %1 » ; utilisez docker, process ou auto</translation>
    </message>
    <message>
        <source>No container engine answers (%1). Steps run directly on this machine WITHOUT isolation.</source>
        <translation>Aucun moteur de conteneurs ne répond (%1). Les étapes s'exécutent directement sur cette machine SANS isolation.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 n'est pas un objet JSON : %2</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2</source>
        <translation>Impossible de copier %1 vers %2</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n'existe pas</translation>
    </message>
    <message>
        <source>Cannot lay out the graph: a node has an empty id.</source>
        <translation>Impossible de disposer le graphe : un nœud a un identifiant vide.</translation>
    </message>
    <message>
        <source>Cannot lay out the graph: node id "%1" contains a NUL character.</source>
        <translation>Impossible de disposer le graphe : l'identifiant de nœud « %1 » contient un caractère NUL.</translation>
    </message>
    <message>
        <source>Cannot lay out the graph: the node id "%1" is used twice. Give each node a unique id.</source>
        <translation>Impossible de disposer le graphe : l'identifiant de nœud « %1 » est utilisé deux fois. Donnez à chaque nœud un identifiant unique.</translation>
    </message>
    <message>
        <source>Cannot lay out the graph: node "%1" has an invalid size %2 x %3.</source>
        <translation>Impossible de disposer le graphe : le nœud « %1 » a une taille invalide %2 x %3.</translation>
    </message>
    <message>
        <source>Cannot lay out the graph: the edge "%1" -&gt; "%2" refers to the unknown node "%3".</source>
        <translation>Impossible de disposer le graphe : l'arête « %1 » -&gt; « %2 » fait référence au nœud inconnu « %3 ».</translation>
    </message>
    <message>
        <source>Cannot lay out the graph: node separation %1 and rank separation %2 must be finite and not negative.</source>
        <translation>Impossible de disposer le graphe : l'espacement des nœuds %1 et l'espacement des rangs %2 doivent être finis et non négatifs.</translation>
    </message>
    <message>
        <source>Graphviz could not create a graph (out of memory?).</source>
        <translation>Graphviz n'a pas pu créer de graphe (mémoire insuffisante ?).</translation>
    </message>
    <message>
        <source>Graphviz could not create the node "%1".</source>
        <translation>Graphviz n'a pas pu créer le nœud « %1 ».</translation>
    </message>
    <message>
        <source>Graphviz could not create the edge "%1".</source>
        <translation>Graphviz n'a pas pu créer l'arête « %1 ».</translation>
    </message>
    <message>
        <source>Cannot start Graphviz: its context could not be created.</source>
        <translation>Impossible de démarrer Graphviz : son contexte n'a pas pu être créé.</translation>
    </message>
    <message numerus="yes">
        <source>Graphviz could not lay out the graph (%n node(s)).</source>
        <translation>
            <numerusform>Graphviz n'a pas pu disposer le graphe (%n nœud).</numerusform>
            <numerusform>Graphviz n'a pas pu disposer le graphe (%n nœuds).</numerusform>
        </translation>
    </message>
    <message>
        <source>expected a map for '%1'</source>
        <translation>une table (map) est attendue pour « %1 »</translation>
    </message>
    <message>
        <source>expected text for '%1'</source>
        <translation>du texte est attendu pour « %1 »</translation>
    </message>
    <message>
        <source>expected true or false for '%1'</source>
        <translation>true ou false est attendu pour « %1 »</translation>
    </message>
    <message>
        <source>expected a type name or a type map for 'type'</source>
        <translation>un nom de type ou une table de type est attendu pour « type »</translation>
    </message>
    <message>
        <source>inline component specs nest deeper than %1 levels</source>
        <translation>les spécifications de composant intégrées sont imbriquées sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>expected a map (a component spec)</source>
        <translation>une table est attendue (une spécification de composant)</translation>
    </message>
    <message>
        <source>not a component: 'implementation' is missing</source>
        <translation>pas un composant : « implementation » est manquant</translation>
    </message>
    <message>
        <source>'implementation' needs a 'container' or a 'graph'</source>
        <translation>« implementation » nécessite un « container » ou un « graph »</translation>
    </message>
    <message>
        <source>expected a list for 'inputs'</source>
        <translation>une liste est attendue pour « inputs »</translation>
    </message>
    <message>
        <source>an input needs a 'name'</source>
        <translation>une entrée nécessite un « name »</translation>
    </message>
    <message>
        <source>non-unique input name '%1'</source>
        <translation>nom d'entrée « %1 » non unique</translation>
    </message>
    <message>
        <source>the default of input '%1' must be a single value</source>
        <translation>la valeur par défaut de l'entrée « %1 » doit être une valeur unique</translation>
    </message>
    <message>
        <source>expected a list for 'outputs'</source>
        <translation>une liste est attendue pour « outputs »</translation>
    </message>
    <message>
        <source>an output needs a 'name'</source>
        <translation>une sortie nécessite un « name »</translation>
    </message>
    <message>
        <source>non-unique output name '%1'</source>
        <translation>nom de sortie « %1 » non unique</translation>
    </message>
    <message>
        <source>the container needs an 'image'</source>
        <translation>le conteneur nécessite une « image »</translation>
    </message>
    <message>
        <source>'%1' names an output that does not exist: '%2'</source>
        <translation>« %1 » cite une sortie qui n'existe pas : « %2 »</translation>
    </message>
    <message>
        <source>expected a list for '%1'</source>
        <translation>une liste est attendue pour « %1 »</translation>
    </message>
    <message>
        <source>expected a string or a placeholder such as {inputValue: name}</source>
        <translation>une chaîne ou un espace réservé tel que {inputValue: name} est attendu</translation>
    </message>
    <message>
        <source>'%1' expects an input or output name</source>
        <translation>« %1 » attend un nom d'entrée ou de sortie</translation>
    </message>
    <message>
        <source>'%1' refers to an input that does not exist: '%2'</source>
        <translation>« %1 » fait référence à une entrée qui n'existe pas : « %2 »</translation>
    </message>
    <message>
        <source>'%1' refers to an output that does not exist: '%2'</source>
        <translation>« %1 » fait référence à une sortie qui n'existe pas : « %2 »</translation>
    </message>
    <message>
        <source>'if' needs a 'cond' (a value or a placeholder such as {isPresent: name})</source>
        <translation>« if » nécessite un « cond » (une valeur ou un espace réservé tel que {isPresent: name})</translation>
    </message>
    <message>
        <source>unknown placeholder '%1'</source>
        <translation>espace réservé inconnu « %1 »</translation>
    </message>
    <message>
        <source>argument '%1' must be a value, {graphInput: ...}, {taskOutput: ...} or {dataset: ...}</source>
        <translation>l'argument « %1 » doit être une valeur, {graphInput: ...}, {taskOutput: ...} ou {dataset: ...}</translation>
    </message>
    <message>
        <source>'%1' of argument '%2' needs '%3'</source>
        <translation>« %1 » de l'argument « %2 » nécessite « %3 »</translation>
    </message>
    <message>
        <source>unknown argument kind '%1' for '%2'</source>
        <translation>type d'argument inconnu « %1 » pour « %2 »</translation>
    </message>
    <message>
        <source>task '%1' needs a 'componentRef'</source>
        <translation>la tâche « %1 » nécessite un « componentRef »</translation>
    </message>
    <message>
        <source>'outputValues' names an output that does not exist: '%1'</source>
        <translation>« outputValues » cite une sortie qui n'existe pas : « %1 »</translation>
    </message>
    <message>
        <source>%1 refers to a pipeline input that does not exist: '%2'</source>
        <translation>%1 fait référence à une entrée de pipeline qui n'existe pas : « %2 »</translation>
    </message>
    <message>
        <source>%1 refers to a task that does not exist: '%2'</source>
        <translation>%1 fait référence à une tâche qui n'existe pas : « %2 »</translation>
    </message>
    <message>
        <source>argument '%1' of task '%2'</source>
        <translation>argument « %1 » de la tâche « %2 »</translation>
    </message>
    <message>
        <source>output value '%1'</source>
        <translation>valeur de sortie « %1 »</translation>
    </message>
    <message>
        <source>component file</source>
        <translation>fichier de composant</translation>
    </message>
    <message>
        <source>graph components are nested more than %1 levels deep</source>
        <translation>les composants graphes sont imbriqués sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>the componentRef has neither a spec nor a url</source>
        <translation>le componentRef n'a ni spec ni url</translation>
    </message>
    <message>
        <source>%1 is a remote component; mlwb does not download components. Save it next to the pipeline and refer to it by relative path.</source>
        <translation>%1 est un composant distant ; mlwb ne télécharge pas de composants. Enregistrez-le à côté du pipeline et référencez-le par un chemin relatif.</translation>
    </message>
    <message>
        <source>component file %1 does not exist</source>
        <translation>le fichier de composant %1 n'existe pas</translation>
    </message>
    <message>
        <source>component %1 contains itself (%2)</source>
        <translation>le composant %1 se contient lui-même (%2)</translation>
    </message>
    <message>
        <source>cannot read component %1: %2</source>
        <translation>impossible de lire le composant %1 : %2</translation>
    </message>
    <message>
        <source>Component %1 changed since it was added to the pipeline (its sha256 digest differs). Check it, then re-add it to update the digest.</source>
        <translation>Le composant %1 a changé depuis son ajout au pipeline (son empreinte sha256 diffère). Vérifiez-le, puis ajoutez-le à nouveau pour mettre à jour l'empreinte.</translation>
    </message>
    <message>
        <source>%1 is a container component, not a pipeline: it has no implementation.graph.</source>
        <translation>%1 est un composant conteneur, pas un pipeline : il n'a pas d'implementation.graph.</translation>
    </message>
    <message>
        <source>The pipeline has no file name yet; use Save As.</source>
        <translation>Le pipeline n'a pas encore de nom de fichier ; utilisez Enregistrer sous.</translation>
    </message>
    <message>
        <source>%1: the document expands to more than %2 YAML nodes (nested anchors and aliases?); refusing to load it</source>
        <translation>%1 : le document s'étend à plus de %2 nœuds YAML (ancres et alias imbriqués ?) ; chargement refusé</translation>
    </message>
    <message>
        <source>%1: the document nests deeper than %2 levels (or an alias refers to itself); refusing to load it</source>
        <translation>%1 : le document est imbriqué sur plus de %2 niveaux (ou un alias se référence lui-même) ; chargement refusé</translation>
    </message>
    <message>
        <source>%1: only text keys are supported in maps</source>
        <translation>%1 : seules les clés texte sont prises en charge dans les tables</translation>
    </message>
    <message>
        <source>%1: duplicate key '%2' (first at line %3)</source>
        <translation>%1 : clé « %2 » en double (d'abord à la ligne %3)</translation>
    </message>
    <message>
        <source>%1: the document nests too deeply (more than %2 levels)</source>
        <translation>%1 : le document est trop imbriqué (plus de %2 niveaux)</translation>
    </message>
    <message>
        <source>%1: YAML syntax error: %2</source>
        <translation>%1 : erreur de syntaxe YAML : %2</translation>
    </message>
    <message>
        <source>%1: cannot parse YAML: %2</source>
        <translation>%1 : impossible d'analyser le YAML : %2</translation>
    </message>
    <message>
        <source>The command refers to an input that does not exist: '%1'</source>
        <translation>La commande fait référence à une entrée qui n'existe pas : « %1 »</translation>
    </message>
    <message>
        <source>No value provided for the required input '%1' of component '%2'</source>
        <translation>Aucune valeur fournie pour l'entrée obligatoire « %1 » du composant « %2 »</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Input '%1' is consumed by value but was passed as a file; its content must be read and passed as a value</source>
        <translation>L'entrée « %1 » est consommée par valeur mais a été passée comme fichier ; son contenu doit être lu et passé comme valeur</translation>
    </message>
    <message>
        <source>The command refers to an output that does not exist: '%1'</source>
        <translation>La commande fait référence à une sortie qui n'existe pas : « %1 »</translation>
    </message>
    <message>
        <source>Conflicting output files specified for output '%1': %2 and %3</source>
        <translation>Fichiers de sortie contradictoires pour la sortie « %1 » : %2 et %3</translation>
    </message>
    <message>
        <source>The component uses a KFP v2-only placeholder, which a local run cannot resolve</source>
        <translation>Le composant utilise un espace réservé propre à KFP v2, qu'une exécution locale ne peut pas résoudre</translation>
    </message>
    <message>
        <source>An 'if' condition expanded to a list, not a truth value</source>
        <translation>Une condition « if » a donné une liste, pas une valeur booléenne</translation>
    </message>
    <message>
        <source>An 'if' condition must be a truth value (true/false, yes/no, 1/0...), got '%1'</source>
        <translation>Une condition « if » doit être une valeur booléenne (true/false, yes/no, 1/0...), reçu « %1 »</translation>
    </message>
    <message>
        <source>Only container components have a command line; '%1' is a %2 component</source>
        <translation>Seuls les composants conteneur ont une ligne de commande ; « %1 » est un composant %2</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incomplet</translation>
    </message>
    <message>
        <source>'%1' is not an input of component '%2'</source>
        <translation>« %1 » n'est pas une entrée du composant « %2 »</translation>
    </message>
    <message>
        <source>The pipeline has a cycle: %1.</source>
        <translation>Le pipeline contient un cycle : %1.</translation>
    </message>
    <message>
        <source>the task has no inline component spec</source>
        <translation>la tâche n'a pas de spécification de composant intégrée</translation>
    </message>
    <message>
        <source>%1 was not loaded</source>
        <translation>%1 n'a pas été chargé</translation>
    </message>
    <message>
        <source>"%1" is a container component, not a pipeline (it has no implementation.graph).</source>
        <translation>« %1 » est un composant conteneur, pas un pipeline (il n'a pas d'implementation.graph).</translation>
    </message>
    <message>
        <source>outputValues names "%1", which is not among the pipeline's outputs; it is dropped.</source>
        <translation>outputValues cite « %1 », qui ne fait pas partie des sorties du pipeline ; il est ignoré.</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Aucune différence.</translation>
    </message>
    <message>
        <source>+ task %1</source>
        <translation>+ tâche %1</translation>
    </message>
    <message>
        <source>- task %1</source>
        <translation>- tâche %1</translation>
    </message>
    <message>
        <source>~ task %1</source>
        <translation>~ tâche %1</translation>
    </message>
    <message>
        <source>+ edge %1</source>
        <translation>+ arête %1</translation>
    </message>
    <message>
        <source>- edge %1</source>
        <translation>- arête %1</translation>
    </message>
    <message>
        <source>+ parameter %1</source>
        <translation>+ paramètre %1</translation>
    </message>
    <message>
        <source>- parameter %1</source>
        <translation>- paramètre %1</translation>
    </message>
    <message>
        <source>~ parameter %1: %2 -&gt; %3</source>
        <translation>~ paramètre %1 : %2 -&gt; %3</translation>
    </message>
    <message>
        <source>+ output %1</source>
        <translation>+ sortie %1</translation>
    </message>
    <message>
        <source>- output %1</source>
        <translation>- sortie %1</translation>
    </message>
    <message>
        <source>~ output %1: %2 -&gt; %3</source>
        <translation>~ sortie %1 : %2 -&gt; %3</translation>
    </message>
    <message>
        <source>~ pipeline %1</source>
        <translation>~ pipeline %1</translation>
    </message>
    <message>
        <source>A task name cannot be empty.</source>
        <translation>Un nom de tâche ne peut pas être vide.</translation>
    </message>
    <message>
        <source>A task name cannot start or end with spaces.</source>
        <translation>Un nom de tâche ne peut pas commencer ni finir par des espaces.</translation>
    </message>
    <message>
        <source>A task name can have at most 200 characters.</source>
        <translation>Un nom de tâche peut compter au plus 200 caractères.</translation>
    </message>
    <message>
        <source>A task name cannot contain control characters.</source>
        <translation>Un nom de tâche ne peut pas contenir de caractères de contrôle.</translation>
    </message>
    <message>
        <source>%1 refers to task "%2", which does not exist.</source>
        <translation>%1 fait référence à la tâche « %2 », qui n'existe pas.</translation>
    </message>
    <message>
        <source>%1 refers to output "%2" of task "%3", which has no such output.</source>
        <translation>%1 fait référence à la sortie « %2 » de la tâche « %3 », qui n'a pas cette sortie.</translation>
    </message>
    <message>
        <source>Task "%1": component not found%2</source>
        <translation>Tâche « %1 » : composant introuvable%2</translation>
    </message>
    <message>
        <source>Task "%1" sets input "%2", which its component does not have.</source>
        <translation>La tâche « %1 » définit l'entrée « %2 », que son composant ne possède pas.</translation>
    </message>
    <message>
        <source>Input "%1" of task "%2"</source>
        <translation>L'entrée « %1 » de la tâche « %2 »</translation>
    </message>
    <message>
        <source>%1 uses pipeline parameter "%2", which is not defined.</source>
        <translation>%1 utilise le paramètre de pipeline « %2 », qui n'est pas défini.</translation>
    </message>
    <message>
        <source>%1 expects %2 but parameter "%3" is %4.</source>
        <translation>%1 attend %2 mais le paramètre « %3 » est de type %4.</translation>
    </message>
    <message>
        <source>%1 expects %2 but output "%3" of "%4" is %5.</source>
        <translation>%1 attend %2 mais la sortie « %3 » de « %4 » est de type %5.</translation>
    </message>
    <message>
        <source>Task "%1": required input "%2" has no value.</source>
        <translation>Tâche « %1 » : l'entrée obligatoire « %2 » n'a pas de valeur.</translation>
    </message>
    <message>
        <source>Task "%1" runs after "%2", which does not exist.</source>
        <translation>La tâche « %1 » s'exécute après « %2 », qui n'existe pas.</translation>
    </message>
    <message>
        <source>Task "%1": unknown comparison "%2".</source>
        <translation>Tâche « %1 » : comparaison inconnue « %2 ».</translation>
    </message>
    <message>
        <source>The run condition of task "%1"</source>
        <translation>La condition d'exécution de la tâche « %1 »</translation>
    </message>
    <message>
        <source>Task name "%1" is used twice ("%2"); names must differ, ignoring case.</source>
        <translation>Le nom de tâche « %1 » est utilisé deux fois (« %2 ») ; les noms doivent différer, sans tenir compte de la casse.</translation>
    </message>
    <message>
        <source>Pipeline output "%1"</source>
        <translation>La sortie de pipeline « %1 »</translation>
    </message>
    <message>
        <source>%1 is not connected to any task output.</source>
        <translation>%1 n'est reliée à aucune sortie de tâche.</translation>
    </message>
    <message>
        <source>%1 is %2 but output "%3" of "%4" is %5.</source>
        <translation>%1 est de type %2 mais la sortie « %3 » de « %4 » est de type %5.</translation>
    </message>
    <message>
        <source>These tasks form a cycle: %1.</source>
        <translation>Ces tâches forment un cycle : %1.</translation>
    </message>
    <message>
        <source>duplicate plugin id "%1" (already loaded from %2)</source>
        <translation>identifiant de plugin « %1 » en double (déjà chargé depuis %2)</translation>
    </message>
    <message>
        <source>cannot load: %1</source>
        <translation>chargement impossible : %1</translation>
    </message>
    <message>
        <source>declares %1 but its object does not implement it</source>
        <translation>déclare %1 mais son objet ne l'implémente pas</translation>
    </message>
    <message>
        <source>loaded   %1 %2 (%3)  %4</source>
        <translation>chargé   %1 %2 (%3)  %4</translation>
    </message>
    <message>
        <source>refused  %1: %2</source>
        <translation>refusé   %1 : %2</translation>
    </message>
    <message>
        <source>not a Qt plugin (no plugin metadata found)</source>
        <translation>pas un plugin Qt (aucune métadonnée de plugin trouvée)</translation>
    </message>
    <message>
        <source>implements the unknown interface "%1"</source>
        <translation>implémente l'interface inconnue « %1 »</translation>
    </message>
    <message>
        <source>implements %1 version %2, but this mlwb supports version %3</source>
        <translation>implémente %1 version %2, mais ce mlwb prend en charge la version %3</translation>
    </message>
    <message>
        <source>the metadata field "%1" is missing or empty</source>
        <translation>le champ de métadonnées « %1 » est manquant ou vide</translation>
    </message>
    <message>
        <source>the metadata field "Version" is not a version number</source>
        <translation>le champ de métadonnées « Version » n'est pas un numéro de version</translation>
    </message>
    <message>
        <source>the metadata field "CompatVersion" is not a version number</source>
        <translation>le champ de métadonnées « CompatVersion » n'est pas un numéro de version</translation>
    </message>
    <message>
        <source>needs mlwb %1 or newer (this is %2)</source>
        <translation>nécessite mlwb %1 ou plus récent (celui-ci est %2)</translation>
    </message>
    <message>
        <source>the metadata field "Provides" must be a list of strings</source>
        <translation>le champ de métadonnées « Provides » doit être une liste de chaînes</translation>
    </message>
    <message>
        <source>The metadata store is not open</source>
        <translation>Le magasin de métadonnées n'est pas ouvert</translation>
    </message>
    <message>
        <source>There is no artifact with id %1 in the store</source>
        <translation>Il n'y a pas d'artefact d'id %1 dans le magasin</translation>
    </message>
    <message>
        <source>Cannot open %1: it is a folder</source>
        <translation>Impossible d'ouvrir %1 : c'est un dossier</translation>
    </message>
    <message>
        <source>Cannot open %1: the file is not an SQLite database</source>
        <translation>Impossible d'ouvrir %1 : le fichier n'est pas une base SQLite</translation>
    </message>
    <message>
        <source>Cannot open %1: the database file is truncated</source>
        <translation>Impossible d'ouvrir %1 : le fichier de base de données est tronqué</translation>
    </message>
    <message>
        <source>Cannot open %1: the database file is damaged (bad header)</source>
        <translation>Impossible d'ouvrir %1 : le fichier de base de données est endommagé (en-tête invalide)</translation>
    </message>
    <message>
        <source>Cannot open %1: the database file is truncated (%2 of %3 bytes)</source>
        <translation>Impossible d'ouvrir %1 : le fichier de base de données est tronqué (%2 octets sur %3)</translation>
    </message>
    <message>
        <source>it is an SQLite database of another application, not an ML Metadata store</source>
        <translation>c'est une base SQLite d'une autre application, pas un magasin ML Metadata</translation>
    </message>
    <message>
        <source>the ML Metadata store is incomplete (missing tables: %1)</source>
        <translation>le magasin ML Metadata est incomplet (tables manquantes : %1)</translation>
    </message>
    <message>
        <source>the database is empty</source>
        <translation>la base de données est vide</translation>
    </message>
    <message>
        <source>it was written by a newer ML Metadata (schema version %1; this build reads version %2). Update mlwb.</source>
        <translation>elle a été écrite par un ML Metadata plus récent (version de schéma %1 ; cette version lit la version %2). Mettez mlwb à jour.</translation>
    </message>
    <message>
        <source>it uses the old ML Metadata schema version %1; upgrade it to version %2 with ml-metadata &gt;= 1.11 first</source>
        <translation>elle utilise l'ancienne version de schéma ML Metadata %1 ; mettez-la d'abord à niveau vers la version %2 avec ml-metadata &gt;= 1.11</translation>
    </message>
    <message>
        <source>it was written by a newer mlwb (store version %1)</source>
        <translation>elle a été écrite par un mlwb plus récent (version de magasin %1)</translation>
    </message>
    <message>
        <source>The metadata store %1 is open read-only</source>
        <translation>Le magasin de métadonnées %1 est ouvert en lecture seule</translation>
    </message>
    <message>
        <source>Cannot read the MLflow store %1: %2</source>
        <translation>Impossible de lire le magasin MLflow %1 : %2</translation>
    </message>
    <message>
        <source>The MLflow store %1 does not exist</source>
        <translation>Le magasin MLflow %1 n'existe pas</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database (an MLflow store is a file such as mlflow.db)</source>
        <translation>%1 n'est pas une base SQLite (un magasin MLflow est un fichier comme mlflow.db)</translation>
    </message>
    <message>
        <source>%1 is not an MLflow tracking store (no 'experiments' and 'runs' tables)</source>
        <translation>%1 n'est pas un magasin de suivi MLflow (pas de tables « experiments » et « runs »)</translation>
    </message>
    <message>
        <source>There is no %1 with id %2 in the store</source>
        <translation>Il n'y a pas de %1 d'id %2 dans le magasin</translation>
    </message>
    <message>
        <source>A context needs a name</source>
        <translation>Un contexte nécessite un nom</translation>
    </message>
    <message>
        <source>There is no run with id %1 in the store</source>
        <translation>Il n'y a pas d'exécution d'id %1 dans le magasin</translation>
    </message>
    <message>
        <source>A step needs a task name</source>
        <translation>Une étape nécessite un nom de tâche</translation>
    </message>
    <message>
        <source>Cannot record an event</source>
        <translation>Impossible d'enregistrer un événement</translation>
    </message>
    <message>
        <source>%1: the database is locked by another program; close it and try again</source>
        <translation>%1 : la base de données est verrouillée par un autre programme ; fermez-le et réessayez</translation>
    </message>
    <message>
        <source>%1: the file is not an SQLite database</source>
        <translation>%1 : le fichier n'est pas une base SQLite</translation>
    </message>
    <message>
        <source>%1: the database file is damaged (truncated or corrupted)</source>
        <translation>%1 : le fichier de base de données est endommagé (tronqué ou corrompu)</translation>
    </message>
    <message>
        <source>%1: the database is read-only</source>
        <translation>%1 : la base de données est en lecture seule</translation>
    </message>
    <message>
        <source>%1: cannot open the file</source>
        <translation>%1 : impossible d'ouvrir le fichier</translation>
    </message>
    <message>
        <source>%1: the disk is full</source>
        <translation>%1 : le disque est plein</translation>
    </message>
    <message>
        <source>%1: database error</source>
        <translation>%1 : erreur de base de données</translation>
    </message>
    <message>
        <source>Database query failed</source>
        <translation>Échec de la requête à la base de données</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>Impossible d'ouvrir %1</translation>
    </message>
    <message>
        <source>Cannot prepare a query</source>
        <translation>Impossible de préparer une requête</translation>
    </message>
    <message>
        <source>Database statement failed</source>
        <translation>Échec de l'instruction de base de données</translation>
    </message>
    <message>
        <source>A struct property value is damaged</source>
        <translation>Une valeur de propriété struct est endommagée</translation>
    </message>
    <message>
        <source>invalid protobuf wire data</source>
        <translation>données protobuf invalides</translation>
    </message>
    <message>
        <source>Not a struct property value</source>
        <translation>Pas une valeur de propriété struct</translation>
    </message>
    <message>
        <source>invalid base64</source>
        <translation>base64 invalide</translation>
    </message>
    <message>
        <source>%1 describes remote data (%2); only local data can be verified</source>
        <translation>%1 décrit des données distantes (%2) ; seules les données locales peuvent être vérifiées</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1:%2:%3: %4</source>
        <translation>%1:%2:%3 : %4</translation>
    </message>
    <message>
        <source>Unresolved merge conflict in %1, line %2: keep one version, remove the &lt;&lt;&lt;&lt;&lt;&lt;&lt; ======= &gt;&gt;&gt;&gt;&gt;&gt;&gt; markers and commit</source>
        <translation>Conflit de fusion non résolu dans %1, ligne %2 : gardez une version, retirez les marqueurs &lt;&lt;&lt;&lt;&lt;&lt;&lt; ======= &gt;&gt;&gt;&gt;&gt;&gt;&gt; et committez</translation>
    </message>
    <message>
        <source>a dataset manifest is a mapping with 'path' and 'md5'</source>
        <translation>un manifeste de jeu de données est une table avec « path » et « md5 »</translation>
    </message>
    <message>
        <source>'kind' must be 'dataset'</source>
        <translation>« kind » doit valoir « dataset »</translation>
    </message>
    <message>
        <source>version %1 is newer than this mlwb understands (%2); update mlwb</source>
        <translation>la version %1 est plus récente que ce que comprend ce mlwb (%2) ; mettez mlwb à jour</translation>
    </message>
    <message>
        <source>the key '%1' is missing</source>
        <translation>la clé « %1 » est manquante</translation>
    </message>
    <message>
        <source>unknown column type '%1' (integer, float, bool, datetime, string)</source>
        <translation>type de colonne inconnu « %1 » (integer, float, bool, datetime, string)</translation>
    </message>
    <message>
        <source>The data %1 does not exist</source>
        <translation>Les données %1 n'existent pas</translation>
    </message>
    <message>
        <source>Cannot add %1: it does not exist</source>
        <translation>Impossible d'ajouter %1 : il n'existe pas</translation>
    </message>
    <message>
        <source>a .dvc file needs an 'outs:' list</source>
        <translation>un fichier .dvc nécessite une liste « outs: »</translation>
    </message>
    <message>
        <source>The repository %1 has no commits yet, so '%2' does not exist; commit a file first</source>
        <translation>Le dépôt %1 n'a pas encore de commit, donc « %2 » n'existe pas ; committez d'abord un fichier</translation>
    </message>
    <message>
        <source>No revision was given</source>
        <translation>Aucune révision indiquée</translation>
    </message>
    <message>
        <source>The revision '%1' is ambiguous in %2; give more characters of the id</source>
        <translation>La révision « %1 » est ambiguë dans %2 ; indiquez plus de caractères de l'identifiant</translation>
    </message>
    <message>
        <source>The revision '%1' does not exist in %2 (use a commit id, branch, tag or HEAD~N)</source>
        <translation>La révision « %1 » n'existe pas dans %2 (utilisez un id de commit, une branche, une étiquette ou HEAD~N)</translation>
    </message>
    <message>
        <source>The revision '%1' does not name a commit</source>
        <translation>La révision « %1 » ne désigne pas un commit</translation>
    </message>
    <message>
        <source>Give a file to show the history of</source>
        <translation>Indiquez un fichier dont afficher l'historique</translation>
    </message>
    <message>
        <source>Cannot read the history of %1</source>
        <translation>Impossible de lire l'historique de %1</translation>
    </message>
    <message>
        <source>Cannot read the files of revision '%1'</source>
        <translation>Impossible de lire les fichiers de la révision « %1 »</translation>
    </message>
    <message>
        <source>%1 does not exist at revision '%2' (%3)</source>
        <translation>%1 n'existe pas dans la révision « %2 » (%3)</translation>
    </message>
    <message>
        <source>%1 is a folder at revision '%2', not a file</source>
        <translation>%1 est un dossier dans la révision « %2 », pas un fichier</translation>
    </message>
    <message>
        <source>Cannot read %1 at revision '%2'</source>
        <translation>Impossible de lire %1 dans la révision « %2 »</translation>
    </message>
    <message>
        <source>%1 has uncommitted changes (%2); commit or discard them before restoring an older version</source>
        <translation>%1 contient des modifications non committées (%2) ; committez-les ou abandonnez-les avant de restaurer une version antérieure</translation>
    </message>
    <message>
        <source>%1 is already as it was at '%2'</source>
        <translation>%1 est déjà tel qu'il était à « %2 »</translation>
    </message>
    <message>
        <source>Restore %1 from %2</source>
        <translation>Restaurer %1 depuis %2</translation>
    </message>
    <message>
        <source>Cannot read %1 from git</source>
        <translation>Impossible de lire %1 depuis Git</translation>
    </message>
    <message>
        <source>Cannot export into %1: the folder is not empty</source>
        <translation>Impossible d'exporter dans %1 : le dossier n'est pas vide</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Cannot export revision '%1'</source>
        <translation>Impossible d'exporter la révision « %1 »</translation>
    </message>
    <message>
        <source>Both a name and an e-mail address are needed</source>
        <translation>Un nom et une adresse e-mail sont tous deux nécessaires</translation>
    </message>
    <message>
        <source>Cannot open the repository %1</source>
        <translation>Impossible d'ouvrir le dépôt %1</translation>
    </message>
    <message>
        <source>Cannot read the configuration of %1</source>
        <translation>Impossible de lire la configuration de %1</translation>
    </message>
    <message>
        <source>Cannot open .git/config of %1</source>
        <translation>Impossible d'ouvrir le .git/config de %1</translation>
    </message>
    <message>
        <source>Cannot store the identity in %1/.git/config</source>
        <translation>Impossible d'enregistrer l'identité dans %1/.git/config</translation>
    </message>
    <message>
        <source>Cannot list the branches of %1</source>
        <translation>Impossible de lister les branches de %1</translation>
    </message>
    <message>
        <source>Cannot read HEAD of %1</source>
        <translation>Impossible de lire HEAD de %1</translation>
    </message>
    <message>
        <source>A branch named '%1' already exists</source>
        <translation>Une branche nommée « %1 » existe déjà</translation>
    </message>
    <message>
        <source>'%1' is not a valid branch name</source>
        <translation>« %1 » n'est pas un nom de branche valide</translation>
    </message>
    <message>
        <source>Cannot create the branch '%1'</source>
        <translation>Impossible de créer la branche « %1 »</translation>
    </message>
    <message>
        <source>Local changes would be overwritten; commit them first (nothing was changed)</source>
        <translation>Des modifications locales seraient écrasées ; committez-les d'abord (rien n'a été modifié)</translation>
    </message>
    <message>
        <source>Cannot check out the files</source>
        <translation>Impossible d'extraire les fichiers</translation>
    </message>
    <message>
        <source>There is no branch named '%1'</source>
        <translation>Il n'y a pas de branche nommée « %1 »</translation>
    </message>
    <message>
        <source>Cannot switch to the branch '%1'</source>
        <translation>Impossible de basculer sur la branche « %1 »</translation>
    </message>
    <message>
        <source>Cannot switch to '%1': %2</source>
        <translation>Impossible de basculer sur « %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot check out '%1': %2</source>
        <translation>Impossible d'extraire « %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot check out '%1'</source>
        <translation>Impossible d'extraire « %1 »</translation>
    </message>
    <message>
        <source>A tag named '%1' already exists</source>
        <translation>Une étiquette nommée « %1 » existe déjà</translation>
    </message>
    <message>
        <source>'%1' is not a valid tag name</source>
        <translation>« %1 » n'est pas un nom d'étiquette valide</translation>
    </message>
    <message>
        <source>Cannot create the tag '%1'</source>
        <translation>Impossible de créer l'étiquette « %1 »</translation>
    </message>
    <message>
        <source>Cannot list the tags of %1</source>
        <translation>Impossible de lister les étiquettes de %1</translation>
    </message>
    <message>
        <source>Cannot open a repository at %1: the folder does not exist</source>
        <translation>Impossible d'ouvrir un dépôt dans %1 : le dossier n'existe pas</translation>
    </message>
    <message>
        <source>%1 is not inside a git repository. Create one with 'mlwb-cli init' (or 'git init') first.</source>
        <translation>%1 n'est pas dans un dépôt Git. Créez-en d'abord un avec « mlwb-cli init » (ou « git init »).</translation>
    </message>
    <message>
        <source>Cannot open the git repository at %1</source>
        <translation>Impossible d'ouvrir le dépôt Git dans %1</translation>
    </message>
    <message>
        <source>%1 is a bare repository; open a clone with a working tree instead</source>
        <translation>%1 est un dépôt nu ; ouvrez plutôt un clone avec une copie de travail</translation>
    </message>
    <message>
        <source>%1 already contains a git repository</source>
        <translation>%1 contient déjà un dépôt Git</translation>
    </message>
    <message>
        <source>Cannot create a git repository in %1</source>
        <translation>Impossible de créer un dépôt Git dans %1</translation>
    </message>
    <message>
        <source>%1 is outside the repository %2</source>
        <translation>%1 est en dehors du dépôt %2</translation>
    </message>
    <message>
        <source>Cannot read the status of %1</source>
        <translation>Impossible de lire l'état de %1</translation>
    </message>
    <message>
        <source>Git does not know who you are: set user.name and user.email (git config --global user.name "Your Name"; git config --global user.email you@example.com) or give an author explicitly</source>
        <translation>Git ne sait pas qui vous êtes : définissez user.name et user.email (git config --global user.name "Votre Nom" ; git config --global user.email vous@example.com) ou indiquez explicitement un auteur</translation>
    </message>
    <message>
        <source>Cannot read user.name/user.email from the git configuration</source>
        <translation>Impossible de lire user.name/user.email dans la configuration Git</translation>
    </message>
    <message>
        <source>Git does not know who you are: set user.name and user.email in the git configuration or give an author explicitly</source>
        <translation>Git ne sait pas qui vous êtes : définissez user.name et user.email dans la configuration Git ou indiquez explicitement un auteur</translation>
    </message>
    <message>
        <source>An author needs both a name and an e-mail address</source>
        <translation>Un auteur nécessite un nom et une adresse e-mail</translation>
    </message>
    <message>
        <source>Invalid author "%1 &lt;%2&gt;"</source>
        <translation>Auteur invalide "%1 &lt;%2&gt;"</translation>
    </message>
    <message>
        <source>A commit needs a message</source>
        <translation>Un commit nécessite un message</translation>
    </message>
    <message>
        <source>Cannot read the tree to commit</source>
        <translation>Impossible de lire l'arbre à committer</translation>
    </message>
    <message>
        <source>Cannot create the commit</source>
        <translation>Impossible de créer le commit</translation>
    </message>
    <message>
        <source>No files were given to commit</source>
        <translation>Aucun fichier à committer n'a été indiqué</translation>
    </message>
    <message>
        <source>Cannot read the last commit's files</source>
        <translation>Impossible de lire les fichiers du dernier commit</translation>
    </message>
    <message>
        <source>Cannot prepare the first commit</source>
        <translation>Impossible de préparer le premier commit</translation>
    </message>
    <message>
        <source>There are no changes to commit in %1</source>
        <translation>Il n'y a aucune modification à committer dans %1</translation>
    </message>
    <message>
        <source>%1 has an unresolved merge conflict; resolve it before committing</source>
        <translation>%1 a un conflit de fusion non résolu ; résolvez-le avant de committer</translation>
    </message>
    <message>
        <source>%1 is excluded by .gitignore (data files are versioned through their dataset manifests); commit its manifest instead</source>
        <translation>%1 est exclu par .gitignore (les fichiers de données sont versionnés via leurs manifestes) ; committez plutôt son manifeste</translation>
    </message>
    <message>
        <source>Cannot store %1 in git</source>
        <translation>Impossible d'enregistrer %1 dans Git</translation>
    </message>
    <message>
        <source>Cannot commit %1: the file does not exist and is not in the last commit</source>
        <translation>Impossible de committer %1 : le fichier n'existe pas et n'est pas dans le dernier commit</translation>
    </message>
    <message>
        <source>Cannot build the tree to commit</source>
        <translation>Impossible de construire l'arbre à committer</translation>
    </message>
    <message>
        <source>%1: nothing changed since the last commit</source>
        <translation>%1 : rien n'a changé depuis le dernier commit</translation>
    </message>
    <message>
        <source>Committed %1, but cannot update the index</source>
        <translation>%1 committé, mais impossible de mettre à jour l'index</translation>
    </message>
    <message>
        <source>Committed %1, but cannot write the index</source>
        <translation>%1 committé, mais impossible d'écrire l'index</translation>
    </message>
    <message>
        <source>Cannot compute MD5 (OpenSSL's MD5 is unavailable)</source>
        <translation>Impossible de calculer le MD5 (le MD5 d'OpenSSL n'est pas disponible)</translation>
    </message>
    <message>
        <source>Cannot read %1: the file does not exist in the working tree</source>
        <translation>Impossible de lire %1 : le fichier n'existe pas dans la copie de travail</translation>
    </message>
    <message>
        <source>Cannot read %1 at revision '%2': %3</source>
        <translation>Impossible de lire %1 dans la révision « %2 » : %3</translation>
    </message>
    <message>
        <source>%1 has unresolved merge-conflict markers; resolve the conflict first (%2)</source>
        <translation>%1 contient des marqueurs de conflit de fusion non résolus ; résolvez d'abord le conflit (%2)</translation>
    </message>
    <message>
        <source>Cannot parse %1: %2</source>
        <translation>Impossible d'analyser %1 : %2</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>impossible d'ouvrir %1</translation>
    </message>
    <message>
        <source>size differs (%1 vs %2 bytes)</source>
        <translation>taille différente (%1 contre %2 octets)</translation>
    </message>
    <message>
        <source>content differs</source>
        <translation>contenu différent</translation>
    </message>
    <message>
        <source>'%1' is not a run id</source>
        <translation>« %1 » n'est pas un identifiant d'exécution</translation>
    </message>
    <message>
        <source>There is no run '%1' in %2 (see mlwb-cli store runs)</source>
        <translation>Il n'y a pas d'exécution « %1 » dans %2 (voir mlwb-cli store runs)</translation>
    </message>
    <message>
        <source>Run '%1' has no run.json: it is still running or did not finish</source>
        <translation>L'exécution « %1 » n'a pas de run.json : elle est encore en cours ou ne s'est pas terminée</translation>
    </message>
    <message>
        <source>Run '%1' was not made from a git commit, so it cannot be reproduced; commit the pipeline and run it again</source>
        <translation>L'exécution « %1 » ne provient pas d'un commit Git, elle ne peut donc pas être reproduite ; committez le pipeline et relancez-le</translation>
    </message>
    <message>
        <source>Run '%1' was made from uncommitted changes: re-running commit %2, which may differ from what actually ran</source>
        <translation>L'exécution « %1 » provient de modifications non committées : réexécution du commit %2, qui peut différer de ce qui a réellement tourné</translation>
    </message>
    <message>
        <source>Run '%1' does not record its pipeline file</source>
        <translation>L'exécution « %1 » n'enregistre pas son fichier de pipeline</translation>
    </message>
    <message>
        <source>The pipeline of run '%1' (%2) is not in the repository %3</source>
        <translation>Le pipeline de l'exécution « %1 » (%2) n'est pas dans le dépôt %3</translation>
    </message>
    <message>
        <source>The commit %1 of run '%2' is not in this repository: %3</source>
        <translation>Le commit %1 de l'exécution « %2 » n'est pas dans ce dépôt : %3</translation>
    </message>
    <message>
        <source>%1 is not in commit %2</source>
        <translation>%1 n'est pas dans le commit %2</translation>
    </message>
    <message>
        <source>Dataset manifest %1 at commit %2: %3</source>
        <translation>Manifeste de jeu de données %1 au commit %2 : %3</translation>
    </message>
    <message>
        <source>The data of dataset %1 (%2) is %3 since commit %4</source>
        <translation>Les données du jeu %1 (%2) sont %3 depuis le commit %4</translation>
    </message>
    <message>
        <source>Cannot link %1 into %2</source>
        <translation>Impossible de lier %1 dans %2</translation>
    </message>
    <message>
        <source>missing in the %1 run</source>
        <translation>absent de l'exécution %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouvelle</translation>
    </message>
    <message>
        <source>original</source>
        <translation>originale</translation>
    </message>
    <message>
        <source>a file in one run, a folder in the other</source>
        <translation>un fichier dans une exécution, un dossier dans l'autre</translation>
    </message>
    <message>
        <source>the folders hold different files</source>
        <translation>les dossiers contiennent des fichiers différents</translation>
    </message>
    <message>
        <source>not produced by the new run</source>
        <translation>non produit par la nouvelle exécution</translation>
    </message>
    <message>
        <source>not produced by the original run</source>
        <translation>non produit par l'exécution originale</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Impossible de lire %1</translation>
    </message>
    <message>
        <source>Cannot read %1: it is not valid gzip data</source>
        <translation>Impossible de lire %1 : données gzip invalides</translation>
    </message>
    <message>
        <source>Cannot read %1: the gzip data is damaged</source>
        <translation>Impossible de lire %1 : les données gzip sont endommagées</translation>
    </message>
    <message>
        <source>%1 has no header line</source>
        <translation>%1 n'a pas de ligne d'en-tête</translation>
    </message>
    <message>
        <source>"%1" uses %2, which the Argo exporter does not support.</source>
        <translation>« %1 » utilise %2, que l'exporteur Argo ne prend pas en charge.</translation>
    </message>
    <message>
        <source>an IfPresent placeholder on "%1", which some tasks set and others do not</source>
        <translation>un espace réservé IfPresent sur « %1 », que certaines tâches définissent et d'autres non</translation>
    </message>
    <message>
        <source>The pipeline refers to the undefined component "%1".</source>
        <translation>Le pipeline fait référence au composant non défini « %1 ».</translation>
    </message>
    <message>
        <source>an importer</source>
        <translation>un importeur</translation>
    </message>
    <message>
        <source>a resolver</source>
        <translation>un résolveur</translation>
    </message>
    <message>
        <source>Component "%1" has no container image (executor "%2").</source>
        <translation>Le composant « %1 » n'a pas d'image de conteneur (exécuteur « %2 »).</translation>
    </message>
    <message>
        <source>the condition "%1"</source>
        <translation>la condition « %1 »</translation>
    </message>
    <message>
        <source>"%1" has no tasks.</source>
        <translation>« %1 » n'a pas de tâche.</translation>
    </message>
    <message>
        <source>"%1" refers to the unknown task "%2".</source>
        <translation>« %1 » fait référence à la tâche inconnue « %2 ».</translation>
    </message>
    <message>
        <source>a ParallelFor loop</source>
        <translation>une boucle ParallelFor</translation>
    </message>
    <message>
        <source>Task "%1" depends on the unknown task "%2".</source>
        <translation>La tâche « %1 » dépend de la tâche inconnue « %2 ».</translation>
    </message>
    <message>
        <source>a parameter expression selector</source>
        <translation>un sélecteur d'expression de paramètre</translation>
    </message>
    <message>
        <source>an exit handler (taskFinalStatus)</source>
        <translation>un gestionnaire de sortie (taskFinalStatus)</translation>
    </message>
    <message>
        <source>an input source of "%1" it does not know</source>
        <translation>une source d'entrée de « %1 » qu'il ne connaît pas</translation>
    </message>
    <message>
        <source>an artifact source of "%1" it does not know</source>
        <translation>une source d'artefact de « %1 » qu'il ne connaît pas</translation>
    </message>
    <message>
        <source>the output "%1" (only single-task outputs are supported)</source>
        <translation>la sortie « %1 » (seules les sorties d'une seule tâche sont prises en charge)</translation>
    </message>
    <message>
        <source>This is not a KFP v2 pipeline: pipelineInfo.name or root.dag is missing.</source>
        <translation>Ce n'est pas un pipeline KFP v2 : pipelineInfo.name ou root.dag est manquant.</translation>
    </message>
    <message>
        <source>pipeline-level input artifacts</source>
        <translation>des artefacts d'entrée au niveau du pipeline</translation>
    </message>
    <message>
        <source>Component "%1" uses %2, which Argo Workflows cannot express without the KFP launcher.</source>
        <translation>Le composant « %1 » utilise %2, qu'Argo Workflows ne peut exprimer sans le lanceur KFP.</translation>
    </message>
    <message>
        <source>the executor-input placeholder {{$}} (a Python function component)</source>
        <translation>l'espace réservé executor-input {{$}} (un composant fonction Python)</translation>
    </message>
    <message>
        <source>the placeholder %1</source>
        <translation>l'espace réservé %1</translation>
    </message>
    <message>
        <source>Component "%1": cannot read the placeholder %2: %3.</source>
        <translation>Composant « %1 » : impossible de lire l'espace réservé %2 : %3.</translation>
    </message>
    <message>
        <source>The YAML is not valid: line %1, column %2: %3.</source>
        <translation>Le YAML n'est pas valide : ligne %1, colonne %2 : %3.</translation>
    </message>
    <message>
        <source>absent in %1</source>
        <translation>absent dans %1</translation>
    </message>
    <message>
        <source>command</source>
        <translation>commande</translation>
    </message>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>cache key</source>
        <translation>clé de cache</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>En cache</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompue</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
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
        <translation>La condition « %1 » n'a pas de valeur : écrivez p. ex. param.lr&gt;0.1</translation>
    </message>
    <message>
        <source>Unknown run state "%1": use complete, failed, running, canceled, cached, interrupted or new</source>
        <translation>État d'exécution inconnu « %1 » : utilisez complete, failed, running, canceled, cached, interrupted ou new</translation>
    </message>
    <message>
        <source>Cannot read the date "%1": write it as 2026-01-31 or 2026-01-31T12:00</source>
        <translation>Impossible de lire la date « %1 » : écrivez-la sous la forme 2026-01-31 ou 2026-01-31T12:00</translation>
    </message>
    <message>
        <source>the store has no runs yet</source>
        <translation>le magasin ne contient encore aucune exécution</translation>
    </message>
    <message>
        <source>recent runs: %1</source>
        <translation>exécutions récentes : %1</translation>
    </message>
    <message>
        <source> (and %1 more; mlwb-cli store runs lists them)</source>
        <translation> (et %1 de plus ; mlwb-cli store runs les liste)</translation>
    </message>
    <message>
        <source>'%1' is not a run id (like 20240601-101500-3fa2)</source>
        <translation>« %1 » n'est pas un identifiant d'exécution (comme 20240601-101500-3fa2)</translation>
    </message>
    <message>
        <source>%1 has no run store (%2): run a pipeline in this workspace first, or pass --workspace</source>
        <translation>%1 n'a pas de magasin d'exécutions (%2) : exécutez d'abord un pipeline dans cet espace de travail, ou passez --workspace</translation>
    </message>
    <message>
        <source>There is no run '%1' in %2; %3</source>
        <translation>Il n'y a pas d'exécution « %1 » dans %2 ; %3</translation>
    </message>
    <message>
        <source>There is no drift report to store</source>
        <translation>Il n'y a aucun rapport de dérive à enregistrer</translation>
    </message>
    <message>
        <source>Cannot open the metadata store %1: the file does not exist</source>
        <translation>Impossible d'ouvrir le magasin de métadonnées %1 : le fichier n'existe pas</translation>
    </message>
    <message>
        <source>There is no artifact %1 in %2</source>
        <translation>Il n'y a pas d'artefact %1 dans %2</translation>
    </message>
    <message>
        <source>Artifact %1 has no URI: there is no file to compare</source>
        <translation>L'artefact %1 n'a pas d'URI : il n'y a aucun fichier à comparer</translation>
    </message>
    <message>
        <source>Artifact %1 is stored at %2, not on this computer; download it and compare the local file</source>
        <translation>L'artefact %1 est stocké à %2, pas sur cet ordinateur ; téléchargez-le et comparez le fichier local</translation>
    </message>
    <message>
        <source>Artifact %1 has an unreadable URI: %2</source>
        <translation>L'artefact %1 a une URI illisible : %2</translation>
    </message>
    <message>
        <source>Choose a file name to save the pipeline to.</source>
        <translation>Choisissez un nom de fichier pour enregistrer le pipeline.</translation>
    </message>
    <message>
        <source>Cannot save %1: the folder %2 does not exist.</source>
        <translation>Impossible d'enregistrer %1 : le dossier %2 n'existe pas.</translation>
    </message>
    <message>
        <source>exporter</source>
        <translation>exporteur</translation>
    </message>
    <message>
        <source>container runtime</source>
        <translation>moteur de conteneurs</translation>
    </message>
    <message>
        <source>drift metric</source>
        <translation>métrique de dérive</translation>
    </message>
    <message>
        <source>%1 describes remote data (%2); download it and give the local file instead</source>
        <translation>%1 décrit des données distantes (%2) ; téléchargez-les et indiquez plutôt le fichier local</translation>
    </message>
    <message>
        <source>%1 lists %2 outputs; give the data file itself</source>
        <translation>%1 liste %2 sorties ; indiquez le fichier de données lui-même</translation>
    </message>
    <message>
        <source>%1 describes %2, which is not there; fetch the data first (e.g. dvc pull)</source>
        <translation>%1 décrit %2, qui est absent ; récupérez d'abord les données (par ex. dvc pull)</translation>
    </message>
    <message>
        <source>%1 describes the folder %2; a single data file is needed: give one file of that folder</source>
        <translation>%1 décrit le dossier %2 ; un seul fichier de données est nécessaire : indiquez un fichier de ce dossier</translation>
    </message>
    <message>
        <source>an importer whose URI comes from an input of a nested DAG</source>
        <translation>un importeur dont l'URI vient d'une entrée d'un DAG imbriqué</translation>
    </message>
    <message>
        <source>The importer "%1" reads its URI from the pipeline parameter "%2", which has no default value. Argo needs the data's location in the workflow: give the parameter a default.</source>
        <translation>L'importeur « %1 » lit son URI dans le paramètre de pipeline « %2 », qui n'a pas de valeur par défaut. Argo a besoin de l'emplacement des données dans le workflow : donnez une valeur par défaut au paramètre.</translation>
    </message>
    <message>
        <source>an importer URI source it does not know</source>
        <translation>une source d'URI d'importeur qu'il ne connaît pas</translation>
    </message>
    <message>
        <source>The importer "%1" has no URI to import.</source>
        <translation>L'importeur « %1 » n'a pas d'URI à importer.</translation>
    </message>
    <message>
        <source>The dataset path "%1" of "%2" names no file.</source>
        <translation>Le chemin de jeu de données « %1 » de « %2 » ne désigne aucun fichier.</translation>
    </message>
    <message>
        <source>Dataset %1 is a local file. Before submitting, upload it (the path is relative to the pipeline's folder) to the key "%2" in the bucket of your Argo default artifact repository, or point the workflow input artifact "%3" (spec.arguments.artifacts) at where the data lives.</source>
        <translation>Le jeu de données %1 est un fichier local. Avant de soumettre le workflow, téléversez-le (le chemin est relatif au dossier du pipeline) sous la clé « %2 » dans le bucket du dépôt d'artefacts par défaut d'Argo, ou faites pointer l'artefact d'entrée du workflow « %3 » (spec.arguments.artifacts) vers l'emplacement des données.</translation>
    </message>
    <message>
        <source>the dataset URI scheme "%1://" (supported: s3, gs, oss, minio, http, https and local paths)</source>
        <translation>le schéma d'URI de jeu de données « %1:// » (pris en charge : s3, gs, oss, minio, http, https et chemins locaux)</translation>
    </message>
    <message>
        <source>The dataset URI "%1" of "%2" names no object (expected %3://bucket/key).</source>
        <translation>L'URI de jeu de données « %1 » de « %2 » ne désigne aucun objet (attendu : %3://bucket/clé).</translation>
    </message>
    <message>
        <source>Dataset %1: Argo needs the endpoint of the %2 server, which the URI does not name. Add `endpoint:` to the workflow input artifact "%3"; without it Argo reads the key "%4" from its default artifact repository.</source>
        <translation>Jeu de données %1 : Argo a besoin du point de terminaison du serveur %2, que l'URI ne nomme pas. Ajoutez `endpoint:` à l'artefact d'entrée du workflow « %3 » ; sans lui, Argo lit la clé « %4 » dans son dépôt d'artefacts par défaut.</translation>
    </message>
    <message>
        <source>Please note:</source>
        <translation>À noter :</translation>
    </message>
    <message>
        <source>Kubeflow Pipelines package</source>
        <translation>Paquet Kubeflow Pipelines</translation>
    </message>
    <message>
        <source>Kubeflow Pipelines v2 IR</source>
        <translation>IR v2 de Kubeflow Pipelines</translation>
    </message>
    <message>
        <source>Unknown export format "%1".</source>
        <translation>Format d'export inconnu « %1 ».</translation>
    </message>
    <message>
        <source>Export Pipeline</source>
        <translation>Exporter le pipeline</translation>
    </message>
    <message>
        <source>Save the pipeline before exporting it.</source>
        <translation>Enregistrez le pipeline avant de l'exporter.</translation>
    </message>
    <message>
        <source>Cannot export the pipeline as %1: %2</source>
        <translation>Impossible d'exporter le pipeline en %1 : %2</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>%1 exporté.</translation>
    </message>
    <message>
        <source>Import Pipeline</source>
        <translation>Importer un pipeline</translation>
    </message>
    <message>
        <source>Pipeline packages (*.zip *.yaml *.yml *.json)</source>
        <translation>Paquets de pipeline (*.zip *.yaml *.yml *.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import Into Folder</source>
        <translation>Importer dans le dossier</translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation>Impossible d'importer %1 : %2</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importé.</translation>
    </message>
    <message>
        <source>Pass --allow-dirty to re-run the committed version anyway.</source>
        <translation>Passez --allow-dirty pour réexécuter quand même la version committée.</translation>
    </message>
    <message>
        <source>Pass --allow-data-change to re-run with the current data.</source>
        <translation>Passez --allow-data-change pour réexécuter avec les données actuelles.</translation>
    </message>
    <message>
        <source>Processes a container may run at once (default: the workspace setting, 4096).</source>
        <translation>Processus qu'un conteneur peut exécuter simultanément (par défaut : le réglage de l'espace de travail, 4096).</translation>
    </message>
    <message>
        <source>Memory limit of tasks that set none, e.g. 4g or 50% (default: the workspace setting, 75%).</source>
        <translation>Limite de mémoire des tâches qui n'en fixent pas, p. ex. 4g ou 50 % (par défaut : le réglage de l'espace de travail, 75 %).</translation>
    </message>
    <message>
        <source>When to pull the steps' images before the run: never, missing (the images not on this machine) or always (default: the workspace setting containers.pull, missing).</source>
        <translation>Quand récupérer les images des étapes avant l'exécution : never, missing (les images absentes de cette machine) ou always (par défaut : le réglage containers.pull de l'espace de travail, missing).</translation>
    </message>
    <message>
        <source>--pids-limit needs a positive number</source>
        <translation>--pids-limit nécessite un nombre positif</translation>
    </message>
    <message>
        <source>--default-memory: %1</source>
        <translation>--default-memory : %1</translation>
    </message>
    <message>
        <source>--pull: %1</source>
        <translation>--pull : %1</translation>
    </message>
    <message>
        <source>missing: %1 does not exist (%2 records it; fetch it first, e.g. dvc pull)</source>
        <translation>manquant : %1 n'existe pas (%2 l'enregistre ; récupérez-le d'abord, p. ex. dvc pull)</translation>
    </message>
    <message>
        <source>changed: %1 (%2): %3 records md5 %4, the data has %5</source>
        <translation>modifié : %1 (%2) : %3 enregistre le md5 %4, les données ont %5</translation>
    </message>
    <message>
        <source>Checks the data against its manifest, .dvc file or dvc.lock entry. Exit 0 unchanged, 1 changed or missing.</source>
        <translation>Vérifie les données par rapport à leur manifeste, leur fichier .dvc ou leur entrée dvc.lock. Code 0 : inchangé, 1 : modifié ou manquant.</translation>
    </message>
    <message>
        <source>NAME.dataset.yaml, a .dvc file or [DIR/]dvc.lock:STAGE:PATH</source>
        <translation>NOM.dataset.yaml, un fichier .dvc ou [DIR/]dvc.lock:STAGE:CHEMIN</translation>
    </message>
    <message>
        <source>Lists the datasets of the workspace: *.dataset.yaml and .dvc files, and the outputs of every dvc.lock stage.</source>
        <translation>Liste les jeux de données de l'espace de travail : fichiers *.dataset.yaml et .dvc, et les sorties de chaque stage de dvc.lock.</translation>
    </message>
    <message>
        <source>%1  %2  %3  (stage %4 of %5)</source>
        <translation>%1  %2  %3  (stage %4 de %5)</translation>
    </message>
    <message>
        <source>No dvc.lock in the folder of %1 or above it has a stage writing it</source>
        <translation>Aucun dvc.lock dans le dossier de %1 ou au-dessus n'a de stage qui l'écrit</translation>
    </message>
    <message>
        <source>The dvc.lock stages that produced a dataset, producers first: each stage's command, inputs (and the stage they came from) and outputs.</source>
        <translation>Les stages de dvc.lock qui ont produit un jeu de données, producteurs d'abord : commande, entrées (et le stage dont elles proviennent) et sorties de chaque stage.</translation>
    </message>
    <message>
        <source>a data path, or [DIR/]dvc.lock:STAGE:PATH</source>
        <translation>un chemin de données, ou [DIR/]dvc.lock:STAGE:CHEMIN</translation>
    </message>
    <message>
        <source># %1 in %2</source>
        <translation># %1 dans %2</translation>
    </message>
    <message>
        <source>stage %1: %2</source>
        <translation>stage %1 : %2</translation>
    </message>
    <message>
        <source>  in   %1  %2</source>
        <translation>  entrée  %1  %2</translation>
    </message>
    <message>
        <source>  in   %1  %2  (from %3)</source>
        <translation>  entrée  %1  %2  (de %3)</translation>
    </message>
    <message>
        <source>  out  %1  %2</source>
        <translation>  sortie  %1  %2</translation>
    </message>
    <message>
        <source>Check data against its manifest, .dvc or dvc.lock.</source>
        <translation>Vérifier des données par rapport à leur manifeste, .dvc ou dvc.lock.</translation>
    </message>
    <message>
        <source>List datasets (.dataset.yaml, .dvc, dvc.lock).</source>
        <translation>Lister les jeux de données (.dataset.yaml, .dvc, dvc.lock).</translation>
    </message>
    <message>
        <source>The dvc.lock stages that produced a dataset.</source>
        <translation>Les stages de dvc.lock qui ont produit un jeu de données.</translation>
    </message>
    <message>
        <source>network: on (task option)</source>
        <translation>réseau : activé (option de la tâche)</translation>
    </message>
    <message>
        <source>network: on (component default)</source>
        <translation>réseau : activé (valeur par défaut du composant)</translation>
    </message>
    <message>
        <source>Killed: out of memory. Set a memory limit on the task or free memory on this machine.</source>
        <translation>Tuée : mémoire insuffisante. Définissez une limite de mémoire sur la tâche ou libérez de la mémoire sur cette machine.</translation>
    </message>
    <message>
        <source>Killed: out of memory (limit %1). Raise the task's memory limit or the workspace default.</source>
        <translation>Tuée : mémoire insuffisante (limite %1). Augmentez la limite de mémoire de la tâche ou la valeur par défaut de l'espace de travail.</translation>
    </message>
    <message>
        <source>input '%1' (%2) cannot take '%3': %4</source>
        <translation>l'entrée « %1 » (%2) ne peut pas prendre « %3 » : %4</translation>
    </message>
    <message>
        <source>It is built on this machine by %1.</source>
        <translation>Elle se construit sur cette machine avec %1.</translation>
    </message>
    <message>
        <source>Task '%1' needs the image '%2': %3</source>
        <translation>La tâche « %1 » a besoin de l'image « %2 » : %3</translation>
    </message>
    <message>
        <source>Task '%1' needs the image '%2', which is not on this machine, and the pull policy is "never". Pull or build it first, or let the run pull it (pull policy "missing": mlwb-cli run --pull missing, or "containers": {"pull": "missing"} in .mlwb/settings.json).</source>
        <translation>La tâche « %1 » a besoin de l'image « %2 », absente de cette machine, et la politique de récupération est « never ». Récupérez-la ou construisez-la d'abord, ou laissez l'exécution la récupérer (politique « missing » : mlwb-cli run --pull missing, ou "containers": {"pull": "missing"} dans .mlwb/settings.json).</translation>
    </message>
    <message>
        <source>Cancelled before the image '%1' was pulled.</source>
        <translation>Annulé avant la récupération de l'image « %1 ».</translation>
    </message>
    <message>
        <source>Pulling %1 for task '%2' (pull policy: %3)…</source>
        <translation>Récupération de %1 pour la tâche « %2 » (politique de récupération : %3)…</translation>
    </message>
    <message>
        <source>Cancelled while pulling the image '%1'.</source>
        <translation>Annulé pendant la récupération de l'image « %1 ».</translation>
    </message>
    <message>
        <source>Task '%1' needs the image '%2': it was pulled, but: %3</source>
        <translation>La tâche « %1 » a besoin de l'image « %2 » : elle a été récupérée, mais : %3</translation>
    </message>
    <message>
        <source>Pulled %1 (%2)</source>
        <translation>%1 récupérée (%2)</translation>
    </message>
    <message>
        <source>A run is already in progress.</source>
        <translation>Une exécution est déjà en cours.</translation>
    </message>
    <message>
        <source>Cancelled before the run started.</source>
        <translation>Annulé avant le démarrage de l'exécution.</translation>
    </message>
    <message>
        <source>Exporting the commit of run %1…</source>
        <translation>Export du commit de l'exécution %1…</translation>
    </message>
    <message>
        <source>Reading the git state of the workspace…</source>
        <translation>Lecture de l'état Git de l'espace de travail…</translation>
    </message>
    <message>
        <source>Looking for a container engine…</source>
        <translation>Recherche d'un moteur de conteneurs…</translation>
    </message>
    <message>
        <source>Checking the images of the steps…</source>
        <translation>Vérification des images des étapes…</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Non exécuté</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>'%1' is not a pull policy: use never, missing or always</source>
        <translation>« %1 » n'est pas une politique de récupération : utilisez never, missing ou always</translation>
    </message>
    <message>
        <source>'%1' is not a memory size: write it like 4g, 512m, 4Gi or 75%</source>
        <translation>« %1 » n'est pas une taille de mémoire : écrivez-la comme 4g, 512m, 4Gi ou 75 %</translation>
    </message>
    <message>
        <source>Invalid workspace setting "%1" in %2: %3</source>
        <translation>Réglage d'espace de travail « %1 » invalide dans %2 : %3</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at byte %3</source>
        <translation>%1 n'est pas un JSON valide : %2 à l'octet %3</translation>
    </message>
    <message>
        <source>%1 must hold a JSON object</source>
        <translation>%1 doit contenir un objet JSON</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>attendu : un objet ; trouvé : %1</translation>
    </message>
    <message>
        <source>expected a whole number of at least 1, found %1</source>
        <translation>attendu : un nombre entier d'au moins 1 ; trouvé : %1</translation>
    </message>
    <message>
        <source>expected a size such as "4g" or "512Mi", or a share of this machine's memory such as "75%", found %1</source>
        <translation>attendu : une taille comme « 4g » ou « 512Mi », ou une part de la mémoire de cette machine comme « 75 % » ; trouvé : %1</translation>
    </message>
    <message>
        <source>expected "never", "missing" or "always", found %1</source>
        <translation>attendu : « never », « missing » ou « always » ; trouvé : %1</translation>
    </message>
    <message>
        <source>not valid JSON (error at character %1)</source>
        <translation>JSON invalide (erreur au caractère %1)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>not a JSON array</source>
        <translation>pas un tableau JSON</translation>
    </message>
    <message>
        <source>not an integer</source>
        <translation>pas un entier</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>pas un nombre</translation>
    </message>
    <message>
        <source>not a boolean (use True or False)</source>
        <translation>pas un booléen (utilisez True ou False)</translation>
    </message>
    <message>
        <source>Pipeline parameter "%1" (%2) cannot take "%3": %4.</source>
        <translation>Le paramètre de pipeline « %1 » (%2) ne peut pas prendre « %3 » : %4.</translation>
    </message>
    <message>
        <source>Pipeline parameter "%1" (%2) has the default "%3", which does not fit: %4.</source>
        <translation>Le paramètre de pipeline « %1 » (%2) a la valeur par défaut « %3 », qui ne convient pas : %4.</translation>
    </message>
    <message>
        <source>Task "%1": input "%2" (%3) cannot take "%4": %5.</source>
        <translation>Tâche « %1 » : l'entrée « %2 » (%3) ne peut pas prendre « %4 » : %5.</translation>
    </message>
    <message>
        <source>%1: wdir '%2' leads to %3, but the file is in no DVC or git repository that would contain that folder</source>
        <translation>%1 : wdir « %2 » mène à %3, mais le fichier n'est dans aucun dépôt DVC ou Git qui contiendrait ce dossier</translation>
    </message>
    <message>
        <source>%1: wdir '%2' leads to %3, outside %4 (the root of its repository or workspace); a DVC file only describes data inside its repository</source>
        <translation>%1 : wdir « %2 » mène à %3, hors de %4 (la racine de son dépôt ou de son espace de travail) ; un fichier DVC ne décrit que des données de son dépôt</translation>
    </message>
    <message>
        <source>%1 has no stage '%2' (its stages: %3)</source>
        <translation>%1 n'a pas de stage « %2 » (ses stages : %3)</translation>
    </message>
    <message>
        <source>Stage '%1' of %2 has no output '%3' (its outputs: %4)</source>
        <translation>Le stage « %1 » de %2 n'a pas de sortie « %3 » (ses sorties : %4)</translation>
    </message>
    <message>
        <source>%1 records no md5 for %2; there is nothing to verify against</source>
        <translation>%1 n'enregistre aucun md5 pour %2 ; il n'y a rien à quoi comparer</translation>
    </message>
    <message>
        <source>'%1' must be a whole number</source>
        <translation>« %1 » doit être un nombre entier</translation>
    </message>
    <message>
        <source>each entry of '%1' needs a 'path'</source>
        <translation>chaque entrée de « %1 » nécessite un « path »</translation>
    </message>
    <message>
        <source>'%1' must be text</source>
        <translation>« %1 » doit être du texte</translation>
    </message>
    <message>
        <source>'%1' must be a list</source>
        <translation>« %1 » doit être une liste</translation>
    </message>
    <message>
        <source>'wdir' must be a folder path written as text (quote it, e.g. wdir: '%1')</source>
        <translation>« wdir » doit être un chemin de dossier écrit comme texte (entre guillemets, p. ex. wdir: '%1')</translation>
    </message>
    <message>
        <source>No stage of %1 writes %2</source>
        <translation>Aucun stage de %1 n'écrit %2</translation>
    </message>
    <message>
        <source>stage '%1' must be a mapping (cmd, deps, params, outs)</source>
        <translation>le stage « %1 » doit être une table (cmd, deps, params, outs)</translation>
    </message>
    <message>
        <source>each command of 'cmd' must be text</source>
        <translation>chaque commande de « cmd » doit être du texte</translation>
    </message>
    <message>
        <source>'cmd' must be text or a list of texts</source>
        <translation>« cmd » doit être du texte ou une liste de textes</translation>
    </message>
    <message>
        <source>'params' must map a params file to its values</source>
        <translation>« params » doit associer un fichier params à ses valeurs</translation>
    </message>
    <message>
        <source>a dvc.lock is a mapping of stages</source>
        <translation>un dvc.lock est une table de stages</translation>
    </message>
    <message>
        <source>dvc.lock schema '%1' is not supported (known: '2.0', or the DVC 1.x form without 'schema')</source>
        <translation>le schéma dvc.lock « %1 » n'est pas pris en charge (connus : « 2.0 », ou la forme DVC 1.x sans « schema »)</translation>
    </message>
    <message>
        <source>'stages' must map stage names to stages</source>
        <translation>« stages » doit associer des noms de stages à des stages</translation>
    </message>
    <message>
        <source>'%1' is not a reference to an output of a dvc.lock stage; write dvc.lock:STAGE:PATH (or DIR/dvc.lock:STAGE:PATH), PATH as the lock file lists it</source>
        <translation>« %1 » n'est pas une référence à une sortie d'un stage de dvc.lock ; écrivez dvc.lock:STAGE:CHEMIN (ou DIR/dvc.lock:STAGE:CHEMIN), CHEMIN tel que le fichier lock l'indique</translation>
    </message>
    <message>
        <source>Run '%1' was made from uncommitted changes to the files it uses (on top of commit %2), so it cannot be reproduced exactly.</source>
        <translation>L'exécution « %1 » provient de modifications non committées des fichiers qu'elle utilise (sur le commit %2), elle ne peut donc pas être reproduite à l'identique.</translation>
    </message>
    <message>
        <source>; the run cannot be reproduced exactly with it.</source>
        <translation> ; l'exécution ne peut pas être reproduite à l'identique avec elles.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Export de %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>Cannot delete %1 in %2</source>
        <translation>Impossible de supprimer %1 dans %2</translation>
    </message>
</context>
<context>
    <name>wb::argo::ArgoPlugin</name>
    <message>
        <source>Argo Workflow</source>
        <translation>Workflow Argo</translation>
    </message>
</context>
<context>
    <name>wb::exec::ContainerRuntime</name>
    <message>
        <source>This runtime cannot pull images ('%1')</source>
        <translation>Cet environnement d'exécution ne peut pas récupérer d'images (« %1 »)</translation>
    </message>
</context>
<context>
    <name>wb::exec::DockerCliRuntime</name>
    <message>
        <source>'%1 %2' did not answer within %3 s</source>
        <translation>« %1 %2 » n'a pas répondu en %3 s</translation>
    </message>
    <message>
        <source>Cannot run the container engine client '%1': install docker.io (or set another client such as podman) or use the process runner</source>
        <translation>Impossible de lancer le client de moteur de conteneurs « %1 » : installez docker.io (ou choisissez un autre client comme podman) ou utilisez l'exécuteur de processus</translation>
    </message>
    <message>
        <source>No Docker engine is reachable at %1 (DOCKER_HOST=%2): start Docker or use the process runner</source>
        <translation>Aucun moteur Docker n'est joignable à %1 (DOCKER_HOST=%2) : démarrez Docker ou utilisez l'exécuteur de processus</translation>
    </message>
    <message>
        <source>unset</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Cannot inspect image '%1': the container engine failed</source>
        <translation>Impossible d'inspecter l'image « %1 » : le moteur de conteneurs a échoué</translation>
    </message>
    <message>
        <source>The container engine client '%1' was killed by signal %2</source>
        <translation>Le client de moteur de conteneurs « %1 » a été tué par le signal %2</translation>
    </message>
    <message>
        <source>The step did not finish within %1 s and was killed</source>
        <translation>L'étape ne s'est pas terminée en %1 s et a été tuée</translation>
    </message>
    <message>
        <source>The container engine failed while running step '%1' (exit code %2): %3</source>
        <translation>Le moteur de conteneurs a échoué pendant l'exécution de l'étape « %1 » (code de sortie %2) : %3</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>aucun message</translation>
    </message>
    <message>
        <source>Cannot list mlwb containers: the container engine failed</source>
        <translation>Impossible de lister les conteneurs mlwb : le moteur de conteneurs a échoué</translation>
    </message>
    <message numerus="yes">
        <source>Cannot remove %n container(s)</source>
        <translation>
            <numerusform>Impossible de supprimer %n conteneur</numerusform>
            <numerusform>Impossible de supprimer %n conteneurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Image '%1' is not on this machine</source>
        <translation>L'image « %1 » n'est pas sur cette machine</translation>
    </message>
    <message>
        <source>The pull of '%1' was cancelled</source>
        <translation>La récupération de « %1 » a été annulée</translation>
    </message>
    <message>
        <source>Cannot pull the image '%1': %2</source>
        <translation>Impossible de récupérer l'image « %1 » : %2</translation>
    </message>
    <message>
        <source>'%1 pull' exited with code %2</source>
        <translation>« %1 pull » s'est terminé avec le code %2</translation>
    </message>
    <message>
        <source>Image '%1' is not on this machine (it was removed after the run checked it)</source>
        <translation>L'image « %1 » n'est pas sur cette machine (elle a été supprimée après sa vérification par l'exécution)</translation>
    </message>
</context>
<context>
    <name>wb::exec::FakeRuntime</name>
    <message>
        <source>The step did not finish within %1 s and was killed</source>
        <translation>L'étape ne s'est pas terminée en %1 s et a été tuée</translation>
    </message>
    <message>
        <source>Fake step '%1' writes '%2', which is in no mount</source>
        <translation>L'étape factice « %1 » écrit « %2 », qui n'est dans aucun montage</translation>
    </message>
    <message>
        <source>Fake step '%1' cannot write '%2': %3</source>
        <translation>L'étape factice « %1 » ne peut pas écrire « %2 » : %3</translation>
    </message>
    <message>
        <source>Image '%1' is not on this machine</source>
        <translation>L'image « %1 » n'est pas sur cette machine</translation>
    </message>
    <message>
        <source>The pull of '%1' was cancelled</source>
        <translation>La récupération de « %1 » a été annulée</translation>
    </message>
    <message>
        <source>Cannot pull the image '%1': %2</source>
        <translation>Impossible de récupérer l'image « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>wb::exec::ProcessRuntime</name>
    <message>
        <source>process runner: the step runs on this machine without isolation</source>
        <translation>exécuteur de processus : l'étape s'exécute sur cette machine sans isolation</translation>
    </message>
    <message>
        <source>The process runner needs an explicit command for step '%1': without a container engine the image's entrypoint is unknown</source>
        <translation>L'exécuteur de processus a besoin d'une commande explicite pour l'étape « %1 » : sans moteur de conteneurs, le point d'entrée de l'image est inconnu</translation>
    </message>
    <message>
        <source>Cannot start '%1': %2</source>
        <translation>Impossible de démarrer « %1 » : %2</translation>
    </message>
    <message>
        <source>The step did not finish within %1 s and was killed</source>
        <translation>L'étape ne s'est pas terminée en %1 s et a été tuée</translation>
    </message>
    <message>
        <source>process runner: network access cannot be restricted; the step can reach the network like any program on this machine</source>
        <translation>exécuteur de processus : l'accès réseau ne peut pas être restreint ; l'étape peut atteindre le réseau comme tout programme de cette machine</translation>
    </message>
    <message>
        <source>memory %1</source>
        <translation>mémoire %1</translation>
    </message>
    <message>
        <source>%1 processes</source>
        <translation>%1 processus</translation>
    </message>
    <message>
        <source>%1 CPUs</source>
        <translation>%1 CPU</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>process runner: the step's limits are not applied (%1)</source>
        <translation>exécuteur de processus : les limites de l'étape ne sont pas appliquées (%1)</translation>
    </message>
</context>
<context>
    <name>wb::exec::RunController</name>
    <message>
        <source>A run is already in progress</source>
        <translation>Une exécution est déjà en cours</translation>
    </message>
    <message>
        <source>There is nothing to run</source>
        <translation>Il n'y a rien à exécuter</translation>
    </message>
    <message>
        <source>No workspace folder for the run</source>
        <translation>Aucun dossier d'espace de travail pour l'exécution</translation>
    </message>
    <message>
        <source>The secret '%1' is not set in the environment; export %1 before starting the run</source>
        <translation>Le secret « %1 » n'est pas défini dans l'environnement ; exportez %1 avant de lancer l'exécution</translation>
    </message>
    <message>
        <source>The run '%1' exists already in %2</source>
        <translation>L'exécution « %1 » existe déjà dans %2</translation>
    </message>
    <message>
        <source>Cannot create the run folder %1</source>
        <translation>Impossible de créer le dossier d'exécution %1</translation>
    </message>
    <message>
        <source>Cannot record the run in the metadata store: %1</source>
        <translation>Impossible d'enregistrer l'exécution dans le magasin de métadonnées : %1</translation>
    </message>
    <message>
        <source>The pipeline has no task '%1' to re-run from</source>
        <translation>Le pipeline n'a pas de tâche « %1 » à partir de laquelle réexécuter</translation>
    </message>
    <message>
        <source>Re-running from '%1' needs the run whose outputs to reuse</source>
        <translation>Réexécuter à partir de « %1 » nécessite l'exécution dont réutiliser les sorties</translation>
    </message>
    <message>
        <source>There is no run '%1' in %2</source>
        <translation>Il n'y a pas d'exécution « %1 » dans %2</translation>
    </message>
    <message>
        <source>Task '%1' has no outputs in run '%2' (state: %3); re-run from an earlier task</source>
        <translation>La tâche « %1 » n'a pas de sorties dans l'exécution « %2 » (état : %3) ; réexécutez à partir d'une tâche antérieure</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Not part of the re-run and not complete in run '%1'</source>
        <translation>Ne fait pas partie de la réexécution et n'est pas terminée dans l'exécution « %1 »</translation>
    </message>
    <message>
        <source>Cannot read '%1.%2' for the run condition: %3</source>
        <translation>Impossible de lire « %1.%2 » pour la condition d'exécution : %3</translation>
    </message>
    <message>
        <source>Condition %1.%2 %3 %4 is false (value: %5)</source>
        <translation>La condition %1.%2 %3 %4 est fausse (valeur : %5)</translation>
    </message>
    <message>
        <source>Upstream task '%1' did not succeed</source>
        <translation>La tâche amont « %1 » n'a pas réussi</translation>
    </message>
    <message>
        <source>Upstream task '%1' was skipped</source>
        <translation>La tâche amont « %1 » a été ignorée</translation>
    </message>
    <message>
        <source>Cancelled before it started</source>
        <translation>Annulée avant son démarrage</translation>
    </message>
    <message>
        <source>Cancelled while waiting for a retry</source>
        <translation>Annulée en attendant une nouvelle tentative</translation>
    </message>
    <message>
        <source>Task '%1' failed: %2</source>
        <translation>La tâche « %1 » a échoué : %2</translation>
    </message>
    <message>
        <source>The run was cancelled</source>
        <translation>L'exécution a été annulée</translation>
    </message>
    <message>
        <source>Cannot record the end of the run: %1</source>
        <translation>Impossible d'enregistrer la fin de l'exécution : %1</translation>
    </message>
    <message>
        <source>Input '%1' needs output '%2' of task '%3', which does not exist</source>
        <translation>L'entrée « %1 » a besoin de la sortie « %2 » de la tâche « %3 », qui n'existe pas</translation>
    </message>
    <message>
        <source>Cannot read input '%1': %2</source>
        <translation>Impossible de lire l'entrée « %1 » : %2</translation>
    </message>
    <message>
        <source>Input '%1' takes the content of '%2' as a value, but it cannot be read (values are limited to %3 bytes; use inputPath for big data): %4</source>
        <translation>L'entrée « %1 » prend le contenu de « %2 » comme valeur, mais il ne peut pas être lu (les valeurs sont limitées à %3 octets ; utilisez inputPath pour les données volumineuses) : %4</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Timed out after %1 s and was killed</source>
        <translation>Délai dépassé après %1 s, tuée</translation>
    </message>
    <message>
        <source>Killed by signal %1</source>
        <translation>Tuée par le signal %1</translation>
    </message>
    <message>
        <source>Exited with code %1</source>
        <translation>Terminée avec le code %1</translation>
    </message>
    <message>
        <source>The step did not write its output '%1' (expected at %2)</source>
        <translation>L'étape n'a pas écrit sa sortie « %1 » (attendue à %2)</translation>
    </message>
    <message>
        <source>Attempt %1 failed (%2); retrying in %3 ms</source>
        <translation>La tentative %1 a échoué (%2) ; nouvel essai dans %3 ms</translation>
    </message>
    <message>
        <source>Cannot record the step in the metadata store: %1</source>
        <translation>Impossible d'enregistrer l'étape dans le magasin de métadonnées : %1</translation>
    </message>
    <message>
        <source>Cannot keep the pull log: %1</source>
        <translation>Impossible de conserver le journal de récupération : %1</translation>
    </message>
    <message>
        <source>Attempt %1 failed: %2</source>
        <translation>La tentative %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Cached: nothing ran; the outputs are those of %1</source>
        <translation>En cache : rien n'a été exécuté ; les sorties sont celles de %1</translation>
    </message>
</context>
<context>
    <name>wb::model::PipelineDocument</name>
    <message>
        <source>The task no longer exists.</source>
        <translation>La tâche n'existe plus.</translation>
    </message>
    <message>
        <source>The component is not available.</source>
        <translation>Le composant n'est pas disponible.</translation>
    </message>
    <message>
        <source>Add task %1</source>
        <translation>Ajouter la tâche %1</translation>
    </message>
    <message>
        <source>Remove task</source>
        <translation>Supprimer la tâche</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n tasks</source>
        <translation>
            <numerusform>Supprimer %n tâche</numerusform>
            <numerusform>Supprimer %n tâches</numerusform>
        </translation>
    </message>
    <message>
        <source>A task named "%1" already exists.</source>
        <translation>Une tâche nommée « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>Rename task %1 to %2</source>
        <translation>Renommer la tâche %1 en %2</translation>
    </message>
    <message>
        <source>Retries, back-off, timeout and GPU count cannot be negative.</source>
        <translation>Les nouvelles tentatives, le back-off, le délai et le nombre de GPU ne peuvent pas être négatifs.</translation>
    </message>
    <message>
        <source>Change options of %1</source>
        <translation>Modifier les options de %1</translation>
    </message>
    <message>
        <source>Unknown comparison "%1".</source>
        <translation>Comparaison inconnue « %1 ».</translation>
    </message>
    <message>
        <source>There is no task "%1".</source>
        <translation>Il n'y a pas de tâche « %1 ».</translation>
    </message>
    <message>
        <source>Task "%1" has no output "%2".</source>
        <translation>La tâche « %1 » n'a pas de sortie « %2 ».</translation>
    </message>
    <message>
        <source>A condition on "%1" would make a cycle.</source>
        <translation>Une condition sur « %1 » créerait un cycle.</translation>
    </message>
    <message>
        <source>A task cannot run after itself.</source>
        <translation>Une tâche ne peut pas s'exécuter après elle-même.</translation>
    </message>
    <message>
        <source>The dependency already exists.</source>
        <translation>La dépendance existe déjà.</translation>
    </message>
    <message>
        <source>"%1" cannot run after "%2": that would make a cycle.</source>
        <translation>« %1 » ne peut pas s'exécuter après « %2 » : cela créerait un cycle.</translation>
    </message>
    <message>
        <source>Run %1 after %2</source>
        <translation>Exécuter %1 après %2</translation>
    </message>
    <message>
        <source>There is no such dependency.</source>
        <translation>Cette dépendance n'existe pas.</translation>
    </message>
    <message>
        <source>Remove dependency of %1</source>
        <translation>Supprimer la dépendance de %1</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n tasks</source>
        <translation>
            <numerusform>Coller %n tâche</numerusform>
            <numerusform>Coller %n tâches</numerusform>
        </translation>
    </message>
    <message>
        <source>A task cannot consume its own output.</source>
        <translation>Une tâche ne peut pas consommer sa propre sortie.</translation>
    </message>
    <message>
        <source>Task "%1" has no input "%2".</source>
        <translation>La tâche « %1 » n'a pas d'entrée « %2 ».</translation>
    </message>
    <message>
        <source>Input "%1" of "%2" is already connected; disconnect it first.</source>
        <translation>L'entrée « %1 » de « %2 » est déjà connectée ; déconnectez-la d'abord.</translation>
    </message>
    <message>
        <source>Output "%1" is %2 but input "%3" expects %4.</source>
        <translation>La sortie « %1 » est de type %2 mais l'entrée « %3 » attend %4.</translation>
    </message>
    <message>
        <source>Connecting "%1" to "%2" would make a cycle.</source>
        <translation>Connecter « %1 » à « %2 » créerait un cycle.</translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>Connecter %1 à %2</translation>
    </message>
    <message>
        <source>Input "%1" of "%2" is not connected.</source>
        <translation>L'entrée « %1 » de « %2 » n'est pas connectée.</translation>
    </message>
    <message>
        <source>Disconnect %1</source>
        <translation>Déconnecter %1</translation>
    </message>
    <message>
        <source>The connection no longer exists.</source>
        <translation>La connexion n'existe plus.</translation>
    </message>
    <message>
        <source>The dataset reference is empty.</source>
        <translation>La référence au jeu de données est vide.</translation>
    </message>
    <message>
        <source>There is no pipeline parameter "%1".</source>
        <translation>Il n'y a pas de paramètre de pipeline « %1 ».</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>Définir %1 de %2</translation>
    </message>
    <message>
        <source>Input "%1" of "%2" has no argument.</source>
        <translation>L'entrée « %1 » de « %2 » n'a pas d'argument.</translation>
    </message>
    <message>
        <source>Clear %1 of %2</source>
        <translation>Effacer %1 de %2</translation>
    </message>
    <message>
        <source>Move task</source>
        <translation>Déplacer la tâche</translation>
    </message>
    <message numerus="yes">
        <source>Move %n tasks</source>
        <translation>
            <numerusform>Déplacer %n tâche</numerusform>
            <numerusform>Déplacer %n tâches</numerusform>
        </translation>
    </message>
    <message>
        <source>The layout names a task that does not exist: %1.</source>
        <translation>La disposition cite une tâche qui n'existe pas : %1.</translation>
    </message>
    <message>
        <source>Arrange tasks</source>
        <translation>Organiser les tâches</translation>
    </message>
    <message>
        <source>Change pipeline name or description</source>
        <translation>Modifier le nom ou la description du pipeline</translation>
    </message>
    <message>
        <source>A parameter needs a name.</source>
        <translation>Un paramètre nécessite un nom.</translation>
    </message>
    <message>
        <source>A parameter named "%1" already exists.</source>
        <translation>Un paramètre nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>Add parameter %1</source>
        <translation>Ajouter le paramètre %1</translation>
    </message>
    <message>
        <source>There is no parameter "%1".</source>
        <translation>Il n'y a pas de paramètre « %1 ».</translation>
    </message>
    <message>
        <source>Remove parameter %1</source>
        <translation>Supprimer le paramètre %1</translation>
    </message>
    <message>
        <source>Change parameter %1</source>
        <translation>Modifier le paramètre %1</translation>
    </message>
    <message>
        <source>A pipeline output needs a name.</source>
        <translation>Une sortie de pipeline nécessite un nom.</translation>
    </message>
    <message>
        <source>Set pipeline output %1</source>
        <translation>Définir la sortie de pipeline %1</translation>
    </message>
    <message>
        <source>There is no pipeline output "%1".</source>
        <translation>Il n'y a pas de sortie de pipeline « %1 ».</translation>
    </message>
    <message>
        <source>Remove pipeline output %1</source>
        <translation>Supprimer la sortie de pipeline %1</translation>
    </message>
</context>
<context>
    <name>wb::ui::ArtifactPreview</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d'ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Select an artifact to preview it</source>
        <translation>Sélectionnez un artefact pour le prévisualiser</translation>
    </message>
    <message>
        <source>%1 is not a local file: no preview</source>
        <translation>%1 n'est pas un fichier local : pas d'aperçu</translation>
    </message>
    <message>
        <source>%1 does not exist (anymore) on this machine</source>
        <translation>%1 n'existe pas (ou plus) sur cette machine</translation>
    </message>
    <message>
        <source>Folder %1:
</source>
        <translation>Dossier %1 :
</translation>
    </message>
    <message>
        <source>%1 is too large to preview (%2 MB)</source>
        <translation>%1 est trop volumineux pour l'aperçu (%2 Mo)</translation>
    </message>
    <message>
        <source>Cannot read the image %1</source>
        <translation>Impossible de lire l'image %1</translation>
    </message>
    <message>
        <source>%1 is a binary file (%2 bytes): no preview</source>
        <translation>%1 est un fichier binaire (%2 octets) : pas d'aperçu</translation>
    </message>
    <message>
        <source>
[... truncated: showing the first %1 KB of %2 KB]</source>
        <translation>
[... tronqué : affichage des %1 premiers Ko sur %2 Ko]</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>wb::ui::BranchMenu</name>
    <message>
        <source>&amp;Branches</source>
        <translation>&amp;Branches Git</translation>
    </message>
    <message>
        <source>(no repository)</source>
        <translation>(aucun dépôt)</translation>
    </message>
    <message>
        <source>&amp;New Branch…</source>
        <translation>&amp;Nouvelle branche…</translation>
    </message>
    <message>
        <source>&amp;Tag Release…</source>
        <translation>&amp;Étiqueter une version…</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Historique des versions</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Switched to branch %1.</source>
        <translation>Passé à la branche %1.</translation>
    </message>
    <message>
        <source>Name of the new branch (it starts at the current commit):</source>
        <translation>Nom de la nouvelle branche (elle part du commit actuel) :</translation>
    </message>
    <message>
        <source>Created and switched to branch %1.</source>
        <translation>Branche %1 créée et activée.</translation>
    </message>
    <message>
        <source>Release tag for the current commit:</source>
        <translation>Étiquette de version pour le commit actuel :</translation>
    </message>
    <message>
        <source>Release %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Tagged the current commit as %1.</source>
        <translation>Commit actuel étiqueté %1.</translation>
    </message>
</context>
<context>
    <name>wb::ui::CachePage</name>
    <message>
        <source>Clear Cache…</source>
        <translation>Vider le cache…</translation>
    </message>
    <message>
        <source>Forget which outputs earlier runs can lend: every step runs again next time</source>
        <translation>Oublier quelles sorties les exécutions précédentes peuvent fournir : chaque étape s'exécutera à nouveau la prochaine fois</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>The cache is the index of step outputs that later runs reuse instead of running the step again. Clearing it keeps the runs and their outputs.</source>
        <translation>Le cache est l'index des sorties d'étapes que les exécutions ultérieures réutilisent au lieu de réexécuter l'étape. Le vider conserve les exécutions et leurs sorties.</translation>
    </message>
    <message>
        <source>Open a workspace first</source>
        <translation>Ouvrez d'abord un espace de travail</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n'est ouvert.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n file(s)</source>
        <translation>
            <numerusform>%1 dans %n fichier</numerusform>
            <numerusform>%1 dans %n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear Cache</source>
        <translation>Vider le cache</translation>
    </message>
    <message>
        <source>Delete the step cache of this workspace (%1)? Every step runs again the next time instead of reusing an earlier output.</source>
        <translation>Supprimer le cache des étapes de cet espace de travail (%1) ? Chaque étape s'exécutera à nouveau la prochaine fois au lieu de réutiliser une sortie antérieure.</translation>
    </message>
    <message>
        <source>Clearing…</source>
        <translation>Vidage…</translation>
    </message>
</context>
<context>
    <name>wb::ui::CommandPalette</name>
    <message>
        <source>Type a command…</source>
        <translation>Tapez une commande…</translation>
    </message>
</context>
<context>
    <name>wb::ui::CommandPreviewPanel</name>
    <message>
        <source>Select a task to see the command it runs.</source>
        <translation>Sélectionnez une tâche pour voir la commande qu'elle exécute.</translation>
    </message>
    <message>
        <source>Command of %1</source>
        <translation>Commande de %1</translation>
    </message>
    <message>
        <source>The component of this task is missing: %1</source>
        <translation>Le composant de cette tâche est manquant : %1</translation>
    </message>
    <message>
        <source>%1 is a graph component: its tasks run one by one.</source>
        <translation>%1 est un composant graphe : ses tâches s'exécutent une par une.</translation>
    </message>
    <message>
        <source>%1 = pipeline parameter %2</source>
        <translation>%1 = paramètre du pipeline %2</translation>
    </message>
    <message>
        <source>%1 ← output %2 of %3</source>
        <translation>%1 ← sortie %2 de %3</translation>
    </message>
    <message>
        <source>%1 ← dataset %2</source>
        <translation>%1 ← jeu de données %2</translation>
    </message>
    <message>
        <source>Cannot build the command yet: %1</source>
        <translation>Impossible de construire la commande pour l'instant : %1</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>Image : %1</translation>
    </message>
    <message>
        <source>Inputs:</source>
        <translation>Entrées :</translation>
    </message>
    <message>
        <source>Outputs:</source>
        <translation>Sorties :</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Environnement :</translation>
    </message>
    <message>
        <source>Limits:</source>
        <translation>Limites :</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Réseau :</translation>
    </message>
    <message>
        <source>(no network; turn on Network access in the task's options)</source>
        <translation>(pas de réseau ; activez « Accès réseau » dans les options de la tâche)</translation>
    </message>
    <message>
        <source>the engine's default network</source>
        <translation>le réseau par défaut du moteur</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>mémoire</translation>
    </message>
    <message>
        <source>%1 (set on the task)</source>
        <translation>%1 (défini sur la tâche)</translation>
    </message>
    <message>
        <source>%1 (workspace default: %2% of this machine's memory)</source>
        <translation>%1 (par défaut de l'espace de travail : %2 % de la mémoire de cette machine)</translation>
    </message>
    <message>
        <source>%1 (workspace default)</source>
        <translation>%1 (par défaut de l'espace de travail)</translation>
    </message>
    <message>
        <source>processes</source>
        <translation>processus</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>all</source>
        <translation>toutes</translation>
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
        <translation>Fichiers modifiés :</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Message :</translation>
    </message>
    <message>
        <source>What changed and why</source>
        <translation>Ce qui a changé et pourquoi</translation>
    </message>
    <message>
        <source>Cannot open the repository: %1</source>
        <translation>Impossible d'ouvrir le dépôt : %1</translation>
    </message>
    <message>
        <source>Author: %1 &lt;%2&gt;</source>
        <translation>Auteur : %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Author: not configured yet (you will be asked once)</source>
        <translation>Auteur : pas encore configuré (il vous sera demandé une fois)</translation>
    </message>
    <message>
        <source>This folder is not in a git repository.</source>
        <translation>Ce dossier n'est pas dans un dépôt Git.</translation>
    </message>
    <message>
        <source>Select at least one file to commit.</source>
        <translation>Sélectionnez au moins un fichier à committer.</translation>
    </message>
    <message>
        <source>Write a commit message.</source>
        <translation>Écrivez un message de commit.</translation>
    </message>
    <message>
        <source>A commit needs an author name and e-mail address.</source>
        <translation>Un commit nécessite un nom d'auteur et une adresse e-mail.</translation>
    </message>
    <message>
        <source>Cannot commit: %1</source>
        <translation>Impossible de committer : %1</translation>
    </message>
    <message>
        <source>Who is committing?</source>
        <translation>Qui committe ?</translation>
    </message>
    <message>
        <source>Git does not know your name yet. It is stored in this repository only.</source>
        <translation>Git ne connaît pas encore votre nom. Il sera enregistré dans ce dépôt uniquement.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail :</translation>
    </message>
    <message>
        <source>Nothing to commit: no file changed.</source>
        <translation>Rien à committer : aucun fichier n'a changé.</translation>
    </message>
</context>
<context>
    <name>wb::ui::CompareRunsView</name>
    <message>
        <source>Metric:</source>
        <translation>Métrique :</translation>
    </message>
    <message>
        <source>X:</source>
        <translation>X :</translation>
    </message>
    <message>
        <source>Y:</source>
        <translation>Y :</translation>
    </message>
    <message>
        <source>No numeric metric to chart</source>
        <translation>Aucune métrique numérique à représenter</translation>
    </message>
    <message>
        <source>Metric %1</source>
        <translation>Métrique %1</translation>
    </message>
    <message>
        <source>Nothing numeric to plot</source>
        <translation>Rien de numérique à tracer</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 en fonction de %2</translation>
    </message>
    <message>
        <source>Parallel coordinates need two numeric values</source>
        <translation>Les coordonnées parallèles nécessitent deux valeurs numériques</translation>
    </message>
    <message>
        <source>Parallel coordinates (each axis scaled to its range)</source>
        <translation>Coordonnées parallèles (chaque axe mis à l'échelle de sa plage)</translation>
    </message>
    <message>
        <source>Show only differences</source>
        <translation>Afficher uniquement les différences</translation>
    </message>
    <message>
        <source>Parameters and metrics</source>
        <translation>Paramètres et métriques</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Datasets and code</source>
        <translation>Jeux de données et code</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <source>The runs differ here</source>
        <translation>Les exécutions diffèrent ici</translation>
    </message>
    <message>
        <source>Same in every run</source>
        <translation>Identique dans chaque exécution</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métriques</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Differs in</source>
        <translation>Diffère dans</translation>
    </message>
    <message>
        <source>Command: %1
Image: %2
Cache key: %3</source>
        <translation>Commande : %1
Image : %2
Clé de cache : %3</translation>
    </message>
    <message>
        <source>This run has no task %1</source>
        <translation>Cette exécution n'a pas de tâche %1</translation>
    </message>
    <message>
        <source>Dataset / code</source>
        <translation>Jeu de données / code</translation>
    </message>
    <message>
        <source>git commit</source>
        <translation>commit Git</translation>
    </message>
    <message>
        <source>A run metric named by the pipeline</source>
        <translation>Une métrique d'exécution nommée par le pipeline</translation>
    </message>
</context>
<context>
    <name>wb::ui::ComponentPalette</name>
    <message>
        <source>Search components…</source>
        <translation>Rechercher des composants…</translation>
    </message>
    <message>
        <source>Rescan the component folders</source>
        <translation>Réanalyser les dossiers de composants</translation>
    </message>
    <message>
        <source>Add a component folder…</source>
        <translation>Ajouter un dossier de composants…</translation>
    </message>
    <message>
        <source>Scanning component folders…</source>
        <translation>Analyse des dossiers de composants…</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Inputs: %1</source>
        <translation>Entrées : %1</translation>
    </message>
    <message>
        <source>Outputs: %1</source>
        <translation>Sorties : %1</translation>
    </message>
    <message>
        <source>%1 (cannot load)</source>
        <translation>%1 (chargement impossible)</translation>
    </message>
    <message numerus="yes">
        <source>%n components</source>
        <translation>
            <numerusform>%n composant</numerusform>
            <numerusform>%n composants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be loaded</source>
        <translation>
            <numerusform>%n non chargeable(s)</numerusform>
            <numerusform>%n non chargeable(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::ui::DriftPage</name>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exporter le rapport…</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Exporter le graphique…</translation>
    </message>
    <message>
        <source>Reference vs current file</source>
        <translation>Fichier de référence contre fichier actuel</translation>
    </message>
    <message>
        <source>One file over time windows</source>
        <translation>Un fichier sur des fenêtres temporelles</translation>
    </message>
    <message>
        <source>reference.csv, NAME.dataset.yaml or .dvc</source>
        <translation>reference.csv, NOM.dataset.yaml ou .dvc</translation>
    </message>
    <message>
        <source>current.csv, NAME.dataset.yaml or .dvc</source>
        <translation>actuel.csv, NOM.dataset.yaml ou .dvc</translation>
    </message>
    <message>
        <source>data.csv</source>
        <translation>donnees.csv</translation>
    </message>
    <message>
        <source>time column</source>
        <translation>colonne de temps</translation>
    </message>
    <message>
        <source>by year</source>
        <translation>par année</translation>
    </message>
    <message>
        <source>by quarter</source>
        <translation>par trimestre</translation>
    </message>
    <message>
        <source>by month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <source>4 equal windows</source>
        <translation>4 fenêtres égales</translation>
    </message>
    <message>
        <source>10 equal windows</source>
        <translation>10 fenêtres égales</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Référence :</translation>
    </message>
    <message>
        <source>Current:</source>
        <translation>Actuel :</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Drift computed.</source>
        <translation>Dérive calculée.</translation>
    </message>
    <message>
        <source>Choose data</source>
        <translation>Choisir les données</translation>
    </message>
    <message>
        <source>Tabular data (*.csv *.tsv *.txt *.gz *.dataset.yaml *.dvc);;All files (*)</source>
        <translation>Données tabulaires (*.csv *.tsv *.txt *.gz *.dataset.yaml *.dvc);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose a reference and a current file.</source>
        <translation>Choisissez un fichier de référence et un fichier actuel.</translation>
    </message>
    <message>
        <source>Choose a file and name its time column.</source>
        <translation>Choisissez un fichier et nommez sa colonne de temps.</translation>
    </message>
    <message>
        <source>Export drift report</source>
        <translation>Exporter le rapport de dérive</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>Rapport HTML (*.html)</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Rapport enregistré dans %1</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>Image PNG (*.png);;Image SVG (*.svg)</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>Graphique enregistré dans %1</translation>
    </message>
</context>
<context>
    <name>wb::ui::DriftView</name>
    <message>
        <source>No data compared yet.</source>
        <translation>Aucune donnée comparée pour l'instant.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Répartition</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Carte de chaleur</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Computing drift...</source>
        <translation>Calcul du drift...</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>No result</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>drift</source>
        <translation>drift</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>numerical</source>
        <translation>numérique</translation>
    </message>
    <message>
        <source>categorical</source>
        <translation>catégorielle</translation>
    </message>
    <message>
        <source>%1 of %2 features drifted (%3)</source>
        <translation>%1 variables sur %2 en drift (%3)</translation>
    </message>
    <message>
        <source>%1: shares per reference decile bin</source>
        <translation>%1 : parts par décile de référence</translation>
    </message>
    <message>
        <source>%1: category shares</source>
        <translation>%1 : parts par catégorie</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>current</source>
        <translation>actuel</translation>
    </message>
    <message>
        <source>%1 breached its %2 threshold (%3) since window %4</source>
        <translation>%1 dépasse son seuil %2 (%3) depuis la fenêtre %4</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>seuil</translation>
    </message>
    <message>
        <source>Dataset drift in window %1: consider retraining.</source>
        <translation>Drift du jeu de données dans la fenêtre %1 : envisagez un réentraînement.</translation>
    </message>
    <message>
        <source>No feature breached its threshold.</source>
        <translation>Aucune variable n'a dépassé son seuil.</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Impossible d'écrire %1</translation>
    </message>
</context>
<context>
    <name>wb::ui::DropComponentInteraction</name>
    <message>
        <source>Cannot add %1: %2</source>
        <translation>Impossible d'ajouter %1 : %2</translation>
    </message>
</context>
<context>
    <name>wb::ui::EditorController</name>
    <message>
        <source>Select one or more tasks first.</source>
        <translation>Sélectionnez d'abord une ou plusieurs tâches.</translation>
    </message>
    <message>
        <source>The pipeline changed while it was being arranged; arrange it again.</source>
        <translation>Le pipeline a changé pendant l'organisation ; organisez-le à nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>Arranged %n tasks.</source>
        <translation>
            <numerusform>%n tâche organisée.</numerusform>
            <numerusform>%n tâches organisées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n connections</source>
        <translation>
            <numerusform>Supprimer %n connexion</numerusform>
            <numerusform>Supprimer %n connexions</numerusform>
        </translation>
    </message>
    <message>
        <source>Select at least two tasks to align.</source>
        <translation>Sélectionnez au moins deux tâches à aligner.</translation>
    </message>
    <message>
        <source>Select at least three tasks to distribute.</source>
        <translation>Sélectionnez au moins trois tâches à répartir.</translation>
    </message>
    <message>
        <source>Pipeline exported from mlwb</source>
        <translation>Pipeline exporté depuis mlwb</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d'écrire %1.</translation>
    </message>
    <message>
        <source>The pipeline is too large to export as an image.</source>
        <translation>Le pipeline est trop grand pour être exporté en image.</translation>
    </message>
</context>
<context>
    <name>wb::ui::FragmentMime</name>
    <message>
        <source>The clipboard holds no tasks.</source>
        <translation>Le presse-papiers ne contient aucune tâche.</translation>
    </message>
</context>
<context>
    <name>wb::ui::HandbookDialog</name>
    <message>
        <source>mlwb Handbook</source>
        <translation>Manuel de mlwb</translation>
    </message>
    <message>
        <source>The handbook (README.md) is not installed with this mlwb. It is the README of the source distribution.</source>
        <translation>Le manuel (README.md) n'est pas installé avec ce mlwb. C'est le README de la distribution source.</translation>
    </message>
</context>
<context>
    <name>wb::ui::HistoryPanel</name>
    <message>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <source>Compare with working copy</source>
        <translation>Comparer avec la copie de travail</translation>
    </message>
    <message>
        <source>Compare selected</source>
        <translation>Comparer la sélection</translation>
    </message>
    <message>
        <source>Open this version of the pipeline without changing the working copy</source>
        <translation>Ouvrir cette version du pipeline sans modifier la copie de travail</translation>
    </message>
    <message>
        <source>Make this version current again as a new commit</source>
        <translation>Rendre cette version à nouveau actuelle par un nouveau commit</translation>
    </message>
    <message>
        <source>Select two commits to compare them</source>
        <translation>Sélectionnez deux commits pour les comparer</translation>
    </message>
    <message>
        <source>No pipeline open.</source>
        <translation>Aucun pipeline ouvert.</translation>
    </message>
    <message>
        <source>%1 is not in a git repository: use Commit to start versioning it.</source>
        <translation>%1 n'est pas dans un dépôt Git : utilisez Commit pour commencer à le versionner.</translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation>Impossible de lire l'historique : %1</translation>
    </message>
    <message>
        <source>%1 has no commits yet.</source>
        <translation>%1 n'a pas encore de commit.</translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s) of %1</source>
        <translation>
            <numerusform>%n commit de %1</numerusform>
            <numerusform>%n commits de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open this version</source>
        <translation>Impossible d'ouvrir cette version</translation>
    </message>
    <message>
        <source>Restore %1 from %2</source>
        <translation>Restaurer %1 depuis %2</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>%1 has uncommitted changes. Commit or discard them first, then restore.</source>
        <translation>%1 contient des modifications non committées. Committez-les ou abandonnez-les, puis restaurez.</translation>
    </message>
    <message>
        <source>Cannot restore this version</source>
        <translation>Impossible de restaurer cette version</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Comparaison impossible</translation>
    </message>
    <message>
        <source>Changes to %1</source>
        <translation>Modifications de %1</translation>
    </message>
    <message>
        <source>working copy</source>
        <translation>copie de travail</translation>
    </message>
    <message>
        <source>editor (unsaved)</source>
        <translation>éditeur (non enregistré)</translation>
    </message>
</context>
<context>
    <name>wb::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>System Default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>The new language applies the next time you start mlwb.</source>
        <translation>La nouvelle langue s'applique au prochain démarrage de mlwb.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>wb::ui::LineageView</name>
    <message>
        <source>Depth:</source>
        <translation>Profondeur :</translation>
    </message>
    <message>
        <source>Execution hops loaded upstream and downstream; double-click a node to load one more level around it</source>
        <translation>Nombre de sauts d'exécution chargés en amont et en aval ; double-cliquez sur un nœud pour charger un niveau de plus autour de lui</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Choose an artifact (Show lineage) to see where it came from and where it went</source>
        <translation>Choisissez un artefact (Afficher le lignage) pour voir d'où il vient et où il est allé</translation>
    </message>
    <message>
        <source>No metadata store is open</source>
        <translation>Aucun magasin de métadonnées n'est ouvert</translation>
    </message>
    <message>
        <source>The node %1 is not in the graph</source>
        <translation>Le nœud %1 n'est pas dans le graphe</translation>
    </message>
    <message>
        <source>git commit</source>
        <translation>commit Git</translation>
    </message>
    <message>
        <source>dataset manifest</source>
        <translation>manifeste de jeu de données</translation>
    </message>
    <message>
        <source>%1 %2
%3</source>
        <translation>%1 %2
%3</translation>
    </message>
    <message>
        <source>artifact %1</source>
        <translation>artefact %1</translation>
    </message>
    <message>
        <source>
Double-click to load the run's executions</source>
        <translation>
Double-cliquez pour charger les exécutions de cette exécution</translation>
    </message>
    <message>
        <source>Cannot lay out the lineage: %1</source>
        <translation>Impossible de disposer le lignage : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s), %1 edge(s)%2</source>
        <translation>
            <numerusform>%n nœud(s), %1 arête(s)%2</numerusform>
            <numerusform>%n nœud(s), %1 arête(s)%2</numerusform>
        </translation>
    </message>
    <message>
        <source> - limited to %1 nodes</source>
        <translation> – limité à %1 nœuds</translation>
    </message>
    <message>
        <source>Compare drift</source>
        <translation>Comparer la dérive</translation>
    </message>
    <message>
        <source>Select two dataset artifacts (Ctrl+click) to compare their data in the Drift tab</source>
        <translation>Sélectionnez deux artefacts de jeu de données (Ctrl+clic) pour comparer leurs données dans l'onglet Dérive</translation>
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
        <translation>&lt;ouvert&gt;</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Composants</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d'ensemble</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom : %1 %</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Aucun problème</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings</source>
        <translation>%1 erreurs, %2 avertissements</translation>
    </message>
    <message>
        <source>Cannot add component</source>
        <translation>Impossible d'ajouter le composant</translation>
    </message>
    <message>
        <source>Untitled pipeline</source>
        <translation>Pipeline sans titre</translation>
    </message>
    <message>
        <source>%1[*] — mlwb</source>
        <translation>%1[*] — mlwb</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Espace de travail : %1</translation>
    </message>
    <message>
        <source>&amp;New Pipeline</source>
        <translation>&amp;Nouveau pipeline</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Export as &amp;SVG…</source>
        <translation>Exporter en S&amp;VG…</translation>
    </message>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation>Exporter en &amp;PNG…</translation>
    </message>
    <message>
        <source>&amp;Recover Unsaved Pipelines…</source>
        <translation>Réc&amp;upérer les pipelines non enregistrés…</translation>
    </message>
    <message>
        <source>Add &amp;Component Folder…</source>
        <translation>Ajouter un dossier de &amp;composants…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
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
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Command &amp;Palette…</source>
        <translation>&amp;Palette de commandes…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>Ajuster à la &amp;fenêtre</translation>
    </message>
    <message>
        <source>&amp;Auto Layout</source>
        <translation>Disposition &amp;automatique</translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation>Aligner à &amp;gauche</translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation>Aligner à &amp;droite</translation>
    </message>
    <message>
        <source>Align &amp;Top</source>
        <translation>Aligner en hau&amp;t</translation>
    </message>
    <message>
        <source>Align &amp;Bottom</source>
        <translation>Aligner en &amp;bas</translation>
    </message>
    <message>
        <source>Align &amp;Centers</source>
        <translation>Aligner les &amp;centres</translation>
    </message>
    <message>
        <source>Align &amp;Middles</source>
        <translation>Aligner les &amp;milieux</translation>
    </message>
    <message>
        <source>Distribute &amp;Horizontally</source>
        <translation>Répartir &amp;horizontalement</translation>
    </message>
    <message>
        <source>Distribute &amp;Vertically</source>
        <translation>Répartir &amp;verticalement</translation>
    </message>
    <message>
        <source>&amp;About mlwb</source>
        <translation>&amp;À propos de mlwb</translation>
    </message>
    <message>
        <source>About mlwb</source>
        <translation>À propos de mlwb</translation>
    </message>
    <message>
        <source>&lt;h3&gt;mlwb %1&lt;/h3&gt;&lt;p&gt;The ML pipeline workbench: design Kubeflow pipelines visually, run them locally, review lineage and drift.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;mlwb %1&lt;/h3&gt;&lt;p&gt;L'atelier de pipelines ML : concevez visuellement des pipelines Kubeflow, exécutez-les localement, examinez le lignage et le drift.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panneaux</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>Thè&amp;me</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>&amp;Organiser</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre d'outils principale</translation>
    </message>
    <message>
        <source>Cannot open pipeline</source>
        <translation>Impossible d'ouvrir le pipeline</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d'ouvrir %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 with %n problem(s); see the Problems panel.</source>
        <translation>
            <numerusform>%1 ouvert avec %n problème ; voir le panneau Problèmes.</numerusform>
            <numerusform>%1 ouvert avec %n problèmes ; voir le panneau Problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Cannot save pipeline</source>
        <translation>Impossible d'enregistrer le pipeline</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d'enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before closing it?</source>
        <translation>%1 contient des modifications non enregistrées. Les enregistrer avant de fermer ?</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>Open Pipeline</source>
        <translation>Ouvrir un pipeline</translation>
    </message>
    <message>
        <source>Pipelines (*.pipeline.yaml *.pipeline.yml *.yaml *.yml)</source>
        <translation>Pipelines (*.pipeline.yaml *.pipeline.yml *.yaml *.yml)</translation>
    </message>
    <message>
        <source>Save Pipeline As</source>
        <translation>Enregistrer le pipeline sous</translation>
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
        <translation>Exporter en SVG</translation>
    </message>
    <message>
        <source>Export as PNG</source>
        <translation>Exporter en PNG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l'export</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
    <message>
        <source>Add Component Folder</source>
        <translation>Ajouter un dossier de composants</translation>
    </message>
    <message>
        <source>Cannot recover pipeline</source>
        <translation>Impossible de récupérer le pipeline</translation>
    </message>
    <message>
        <source>Recovered unsaved changes; save to keep them.</source>
        <translation>Modifications non enregistrées récupérées ; enregistrez pour les conserver.</translation>
    </message>
    <message>
        <source>There are no unsaved pipelines to recover.</source>
        <translation>Aucun pipeline non enregistré à récupérer.</translation>
    </message>
    <message>
        <source>Recover Unsaved Pipelines</source>
        <translation>Récupérer les pipelines non enregistrés</translation>
    </message>
    <message>
        <source>mlwb did not close normally. These pipelines had unsaved changes:</source>
        <translation>mlwb ne s'est pas fermé normalement. Ces pipelines avaient des modifications non enregistrées :</translation>
    </message>
    <message>
        <source>%1 — autosaved %2</source>
        <translation>%1 — enregistré automatiquement %2</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Discard All</source>
        <translation>Tout abandonner</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>%1 no longer exists. It was removed from the recent files.</source>
        <translation>%1 n'existe plus. Il a été retiré des fichiers récents.</translation>
    </message>
    <message>
        <source>&amp;Export Package…</source>
        <translation>&amp;Exporter un paquet…</translation>
    </message>
    <message>
        <source>&amp;Import Package…</source>
        <translation>&amp;Importer un paquet…</translation>
    </message>
    <message>
        <source>About &amp;Plugins…</source>
        <translation>À propos des &amp;modules…</translation>
    </message>
    <message>
        <source>%1[*] — %2 — mlwb</source>
        <translation>%1[*] — %2 — mlwb</translation>
    </message>
    <message>
        <source>Open &amp;Workspace…</source>
        <translation>Ouvrir un espace de &amp;travail…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Régla&amp;ges…</translation>
    </message>
    <message>
        <source>mlwb &amp;Handbook</source>
        <translation>Ma&amp;nuel de mlwb</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Réglages enregistrés.</translation>
    </message>
</context>
<context>
    <name>wb::ui::MetadataBrowser</name>
    <message>
        <source>Open store...</source>
        <translation>Ouvrir un magasin...</translation>
    </message>
    <message>
        <source>Open an ML Metadata (MLMD v10) SQLite file read-only, e.g. from TFX or Kubeflow Pipelines</source>
        <translation>Ouvrir en lecture seule un fichier SQLite ML Metadata (MLMD v10), p. ex. de TFX ou Kubeflow Pipelines</translation>
    </message>
    <message>
        <source>Import MLflow store...</source>
        <translation>Importer un magasin MLflow...</translation>
    </message>
    <message>
        <source>Import the runs, parameters, metrics and datasets of an MLflow SQLite store (mlflow.db)</source>
        <translation>Importer les exécutions, paramètres, métriques et jeux de données d'un magasin SQLite MLflow (mlflow.db)</translation>
    </message>
    <message>
        <source>No metadata store open</source>
        <translation>Aucun magasin de métadonnées ouvert</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Importation...</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>Lignage</translation>
    </message>
    <message>
        <source>Cannot open the metadata store %1: %2</source>
        <translation>Impossible d'ouvrir le magasin de métadonnées %1 : %2</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
    <message>
        <source>No metadata store is open</source>
        <translation>Aucun magasin de métadonnées n'est ouvert</translation>
    </message>
    <message>
        <source>Cannot read run %1: %2</source>
        <translation>Impossible de lire l'exécution %1 : %2</translation>
    </message>
    <message>
        <source>Select at least two runs to compare</source>
        <translation>Sélectionnez au moins deux exécutions à comparer</translation>
    </message>
    <message>
        <source>Open a writable metadata store before importing an MLflow store</source>
        <translation>Ouvrez un magasin de métadonnées accessible en écriture avant d'importer un magasin MLflow</translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation>Impossible d'importer %1 : %2</translation>
    </message>
    <message>
        <source>Imported %1 run(s) of %2 experiment(s) (%3 already present), %4 metric points</source>
        <translation>%1 exécution(s) de %2 expérience(s) importée(s) (%3 déjà présente(s)), %4 points de métriques</translation>
    </message>
    <message>
        <source>Open metadata store (read-only)</source>
        <translation>Ouvrir un magasin de métadonnées (lecture seule)</translation>
    </message>
    <message>
        <source>ML Metadata SQLite (*.sqlite *.db *.sqlite3);;All files (*)</source>
        <translation>SQLite ML Metadata (*.sqlite *.db *.sqlite3);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import MLflow store</source>
        <translation>Importer un magasin MLflow</translation>
    </message>
    <message>
        <source>MLflow SQLite store (*.db *.sqlite);;All files (*)</source>
        <translation>Magasin SQLite MLflow (*.db *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>← All runs</source>
        <translation>← Toutes les exécutions</translation>
    </message>
    <message>
        <source>Show the runs table again beside this run's detail</source>
        <translation>Afficher à nouveau le tableau des exécutions à côté du détail de cette exécution</translation>
    </message>
</context>
<context>
    <name>wb::ui::NewEdgeInteraction</name>
    <message>
        <source>Drag to a compatible port (green) to connect.</source>
        <translation>Faites glisser vers un port compatible (vert) pour connecter.</translation>
    </message>
    <message>
        <source>Connect an output to an input.</source>
        <translation>Connectez une sortie à une entrée.</translation>
    </message>
    <message>
        <source>Release to connect %1 to %2.</source>
        <translation>Relâchez pour connecter %1 à %2.</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Non connecté : %1</translation>
    </message>
</context>
<context>
    <name>wb::ui::NodeItem</name>
    <message>
        <source>(unnamed component)</source>
        <translation>(composant sans nom)</translation>
    </message>
    <message>
        <source>untyped</source>
        <translation>non typé</translation>
    </message>
    <message>
        <source>Missing component: %1</source>
        <translation>Composant manquant : %1</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>En cache</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
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
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Non exécuté</translation>
    </message>
</context>
<context>
    <name>wb::ui::OverviewMap</name>
    <message>
        <source>Click or drag to move the canvas view</source>
        <translation>Cliquez ou faites glisser pour déplacer la vue</translation>
    </message>
</context>
<context>
    <name>wb::ui::ParametersPanel</name>
    <message>
        <source>What the pipeline does</source>
        <translation>Ce que fait le pipeline</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Valeur par défaut</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>"%1" does not fit %2: %3.</source>
        <translation>« %1 » ne convient pas à %2 : %3.</translation>
    </message>
</context>
<context>
    <name>wb::ui::PipelineDiffView</name>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>%1  →  %2</source>
        <translation>%1  →  %2</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (supprimé)</translation>
    </message>
    <message>
        <source>Task %1 added</source>
        <translation>Tâche %1 ajoutée</translation>
    </message>
    <message>
        <source>task</source>
        <translation>tâche</translation>
    </message>
    <message>
        <source>Task %1 removed</source>
        <translation>Tâche %1 supprimée</translation>
    </message>
    <message>
        <source>Task %1 changed</source>
        <translation>Tâche %1 modifiée</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>Aucune différence</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <source>Provides: %1</source>
        <translation>Fournit : %1</translation>
    </message>
    <message>
        <source>Copy Report</source>
        <translation>Copier le rapport</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Chargé</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>No plugins were found.</source>
        <translation>Aucun plugin n'a été trouvé.</translation>
    </message>
    <message numerus="yes">
        <source>%n plugin file(s) found, %1 loaded.</source>
        <translation>
            <numerusform>%n fichier de plugin trouvé, %1 chargé(s).</numerusform>
            <numerusform>%n fichiers de plugin trouvés, %1 chargé(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Searched folders (add more with the environment variable MLWB_PLUGIN_PATH): %1</source>
        <translation>Dossiers parcourus (ajoutez-en avec la variable d'environnement MLWB_PLUGIN_PATH) : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>wb::ui::ProblemsPanel</name>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Aucun problème.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found. Missing components, unbound required inputs, type mismatches and cycles are listed here as you edit.</source>
        <translation>Aucun problème trouvé. Les composants manquants, les entrées obligatoires non liées, les types incompatibles et les cycles s'affichent ici pendant l'édition.</translation>
    </message>
</context>
<context>
    <name>wb::ui::PropertiesPanel</name>
    <message>
        <source>Select a task on the canvas to edit its arguments and options.</source>
        <translation>Sélectionnez une tâche sur le canevas pour modifier ses arguments et options.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Unique name of the task in this pipeline (letters, digits, '-' and '_').</source>
        <translation>Nom unique de la tâche dans ce pipeline (lettres, chiffres, « - » et « _ »).</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Embedded in the pipeline file</source>
        <translation>Intégré au fichier du pipeline</translation>
    </message>
    <message>
        <source>Component:</source>
        <translation>Composant :</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>Image :</translation>
    </message>
    <message>
        <source>Missing component: %1</source>
        <translation>Composant manquant : %1</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>This component has no inputs.</source>
        <translation>Ce composant n'a pas d'entrée.</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Par défaut : %1</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Valeur par défaut</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Upstream</source>
        <translation>Amont</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(aucune valeur)</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>Type %1 does not match %2</source>
        <translation>Le type %1 ne correspond pas à %2</translation>
    </message>
    <message>
        <source>Output type %1 does not match %2</source>
        <translation>Le type de sortie %1 ne correspond pas à %2</translation>
    </message>
    <message>
        <source>data/NAME.dataset.yaml</source>
        <translation>data/NOM.dataset.yaml</translation>
    </message>
    <message>
        <source>The pipeline has no parameters yet; add one in the Parameters panel.</source>
        <translation>Le pipeline n'a pas encore de paramètre ; ajoutez-en un dans le panneau Paramètres.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Reuse cached results</source>
        <translation>Réutiliser les résultats en cache</translation>
    </message>
    <message>
        <source>Cache:</source>
        <translation>Cache :</translation>
    </message>
    <message>
        <source>Retries:</source>
        <translation>Nouvelles tentatives :</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>Délai maximal :</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>CPU:</source>
        <translation>CPU :</translation>
    </message>
    <message>
        <source>e.g. 2 or 500m</source>
        <translation>p. ex. 2 ou 500m</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>Mémoire :</translation>
    </message>
    <message>
        <source>e.g. 4Gi</source>
        <translation>p. ex. 4Gi</translation>
    </message>
    <message>
        <source>GPUs:</source>
        <translation>GPU :</translation>
    </message>
    <message>
        <source>Always run</source>
        <translation>Toujours exécuter</translation>
    </message>
    <message>
        <source>Run only if:</source>
        <translation>Exécuter seulement si :</translation>
    </message>
    <message>
        <source>"%1" does not fit %2: %3.</source>
        <translation>« %1 » ne convient pas à %2 : %3.</translation>
    </message>
    <message>
        <source>Network access</source>
        <translation>Accès réseau</translation>
    </message>
    <message>
        <source>Set on this task.</source>
        <translation>Défini sur cette tâche.</translation>
    </message>
    <message>
        <source>On because the component asks for it (mlwb.io/network).</source>
        <translation>Activé car le composant le demande (mlwb.io/network).</translation>
    </message>
    <message>
        <source>Off because the component says so (mlwb.io/network).</source>
        <translation>Désactivé car le composant le prévoit (mlwb.io/network).</translation>
    </message>
    <message>
        <source>Off by default.</source>
        <translation>Désactivé par défaut.</translation>
    </message>
    <message>
        <source>Let the step's container reach the network (the engine's default network instead of --network none). Only for steps that must download or upload something; the process runner cannot restrict the network at all.</source>
        <translation>Permettre au conteneur de l'étape d'accéder au réseau (le réseau par défaut du moteur au lieu de --network none). Uniquement pour les étapes qui doivent télécharger ou envoyer quelque chose ; l'exécuteur de processus ne peut pas du tout restreindre le réseau.</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Réseau :</translation>
    </message>
</context>
<context>
    <name>wb::ui::RecoveryManager</name>
    <message>
        <source>Cannot create the recovery folder %1.</source>
        <translation>Impossible de créer le dossier de récupération %1.</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Échec de l'enregistrement automatique : %1</translation>
    </message>
</context>
<context>
    <name>wb::ui::RunCoordinator</name>
    <message>
        <source>A run is already in progress.</source>
        <translation>Une exécution est déjà en cours.</translation>
    </message>
    <message>
        <source>Save the pipeline first: its components are found relative to its file.</source>
        <translation>Enregistrez d'abord le pipeline : ses composants sont trouvés relativement à son fichier.</translation>
    </message>
    <message>
        <source>Open a workspace folder first: runs are kept in WORKSPACE/.mlwb/runs.</source>
        <translation>Ouvrez d'abord un dossier d'espace de travail : les exécutions sont conservées dans ESPACE/.mlwb/runs.</translation>
    </message>
    <message>
        <source>Run %1 started (%2).</source>
        <translation>Exécution %1 démarrée (%2).</translation>
    </message>
    <message>
        <source>Cancelling the run…</source>
        <translation>Annulation de l'exécution…</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n'est ouvert.</translation>
    </message>
</context>
<context>
    <name>wb::ui::RunDetailView</name>
    <message>
        <source>Graph</source>
        <translation>Graphe</translation>
    </message>
    <message>
        <source>Parameters and metrics</source>
        <translation>Paramètres et métriques</translation>
    </message>
    <message>
        <source>Artifact</source>
        <translation>Artefact</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Artifacts</source>
        <translation>Artefacts</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Étape :</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <source>Show lineage</source>
        <translation>Afficher le lignage</translation>
    </message>
    <message>
        <source>No run selected</source>
        <translation>Aucune exécution sélectionnée</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>experiment %1</source>
        <translation>expérience %1</translation>
    </message>
    <message>
        <source>pipeline %1</source>
        <translation>pipeline %1</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>démarrée %1</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>durée %1</translation>
    </message>
    <message>
        <source>commit %1%2</source>
        <translation>commit %1%2</translation>
    </message>
    <message>
        <source> (dirty)</source>
        <translation> (modifié)</translation>
    </message>
    <message>
        <source>%1
State: %2
Double-click to see the log</source>
        <translation>%1
État : %2
Double-cliquez pour voir le journal</translation>
    </message>
    <message>
        <source>Cannot lay out the graph: %1</source>
        <translation>Impossible de disposer le graphe : %1</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <source>History points</source>
        <translation>Points d'historique</translation>
    </message>
    <message>
        <source>out of %1</source>
        <translation>sortie de %1</translation>
    </message>
    <message>
        <source>into %1</source>
        <translation>entrée de %1</translation>
    </message>
    <message>
        <source>The step %1 recorded no log file.</source>
        <translation>L'étape %1 n'a enregistré aucun fichier journal.</translation>
    </message>
    <message>
        <source>Cannot open the log %1: %2</source>
        <translation>Impossible d'ouvrir le journal %1 : %2</translation>
    </message>
    <message>
        <source>[... showing the last %1 KB of %2 KB]
</source>
        <translation>[... affichage des %1 derniers Ko sur %2 Ko]
</translation>
    </message>
    <message>
        <source>A run metric named by the pipeline</source>
        <translation>Une métrique d'exécution nommée par le pipeline</translation>
    </message>
    <message>
        <source>(not written)</source>
        <translation>(non écrite)</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Raison : %1</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Non exécuté</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>%1
State: %2
Reason: %3</source>
        <translation>%1
État : %2
Raison : %3</translation>
    </message>
</context>
<context>
    <name>wb::ui::RunPanel</name>
    <message>
        <source>No run</source>
        <translation>Aucune exécution</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Annuler l'exécution</translation>
    </message>
    <message>
        <source>Re-run from here</source>
        <translation>Relancer à partir d'ici</translation>
    </message>
    <message>
        <source>Run the selected step and everything after it again, reusing the other outputs</source>
        <translation>Réexécuter l'étape sélectionnée et toutes les suivantes, en réutilisant les autres sorties</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>All output</source>
        <translation>Toute la sortie</translation>
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
        <translation>Rechercher dans le journal (Entrée : occurrence suivante)</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <source>Run %1: running</source>
        <translation>Exécution %1 : en cours</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Exécution %1 : %2</translation>
    </message>
    <message>
        <source>--- attempt %1 ---</source>
        <translation>--- tentative %1 ---</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Exécution %1</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Pulled</source>
        <translation>Récupéré</translation>
    </message>
    <message>
        <source>The run did not start</source>
        <translation>L'exécution n'a pas démarré</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Image pull</source>
        <translation>Récupération des images</translation>
    </message>
    <message>
        <source>The container images pulled before the run started (kept as pull.log in the run folder)</source>
        <translation>Les images de conteneur récupérées avant le démarrage de l'exécution (conservées dans pull.log du dossier d'exécution)</translation>
    </message>
    <message>
        <source>Pulling</source>
        <translation>Récupération</translation>
    </message>
    <message>
        <source>Pulling %1…</source>
        <translation>Récupération de %1…</translation>
    </message>
</context>
<context>
    <name>wb::ui::RunParametersDialog</name>
    <message>
        <source>Run %1</source>
        <translation>Exécution %1</translation>
    </message>
    <message>
        <source>pipeline</source>
        <translation>pipeline</translation>
    </message>
    <message>
        <source>This pipeline has no parameters.</source>
        <translation>Ce pipeline n'a pas de paramètre.</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>Automatic (Docker if available)</source>
        <translation>Automatique (Docker si disponible)</translation>
    </message>
    <message>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
    <message>
        <source>Process runner (no isolation)</source>
        <translation>Exécuteur de processus (sans isolation)</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Environnement d'exécution</translation>
    </message>
    <message>
        <source>Steps at once</source>
        <translation>Étapes simultanées</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Valeur par défaut</translation>
    </message>
    <message>
        <source>The experiment the run is recorded under in the Runs tab</source>
        <translation>L'expérience sous laquelle l'exécution est enregistrée dans l'onglet Exécutions</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Expérience</translation>
    </message>
    <message>
        <source>"%1" does not fit %2: %3.</source>
        <translation>« %1 » ne convient pas à %2 : %3.</translation>
    </message>
</context>
<context>
    <name>wb::ui::RunTableModel</name>
    <message>
        <source>%1 (id %2)%3</source>
        <translation>%1 (id %2)%3</translation>
    </message>
    <message>
        <source>, archived</source>
        <translation>, archivée</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>Cette colonne ne peut pas être triée</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Expérience</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>No metadata store is open</source>
        <translation>Aucun magasin de métadonnées n'est ouvert</translation>
    </message>
    <message>
        <source>The store %1 is open read-only: runs cannot be archived or restored</source>
        <translation>Le magasin %1 est ouvert en lecture seule : les exécutions ne peuvent être ni archivées ni restaurées</translation>
    </message>
    <message>
        <source>%1: a run metric named by the pipeline</source>
        <translation>%1 : une métrique d'exécution nommée par le pipeline</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>wb::ui::RunsView</name>
    <message>
        <source>Show archived</source>
        <translation>Afficher les archivées</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Compare the selected runs (select 2 or more)</source>
        <translation>Comparer les exécutions sélectionnées (en sélectionner 2 ou plus)</translation>
    </message>
    <message>
        <source>Cannot list the runs: %1</source>
        <translation>Impossible de lister les exécutions : %1</translation>
    </message>
    <message>
        <source>Open run</source>
        <translation>Ouvrir l'exécution</translation>
    </message>
    <message numerus="yes">
        <source>Compare %n run(s)</source>
        <translation>
            <numerusform>Comparer %n exécution</numerusform>
            <numerusform>Comparer %n exécutions</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>The store is open read-only</source>
        <translation>Le magasin est ouvert en lecture seule</translation>
    </message>
    <message>
        <source>No metadata store open</source>
        <translation>Aucun magasin de métadonnées ouvert</translation>
    </message>
    <message>
        <source>%1 of %2 runs loaded</source>
        <translation>%1 exécutions chargées sur %2</translation>
    </message>
    <message>
        <source>%1 runs loaded</source>
        <translation>%1 exécutions chargées</translation>
    </message>
    <message>
        <source> · last page %1 ms</source>
        <translation> · dernière page %1 ms</translation>
    </message>
    <message>
        <source> · read-only</source>
        <translation> · lecture seule</translation>
    </message>
    <message>
        <source>Search runs: text  state:failed  exp:churn  param.lr&gt;0.1  metric.evaluate.auc&gt;=0.8  after:2026-01-01</source>
        <translation>Rechercher des exécutions : texte  state:failed  exp:churn  param.lr&gt;0.1  metric.evaluate.auc&gt;=0.8  after:2026-01-01</translation>
    </message>
    <message>
        <source>Free text matches run, display and experiment names.
state:&lt;complete|failed|running|canceled|cached|interrupted&gt;, exp:&lt;experiment&gt;,
after:&lt;date&gt;, before:&lt;date&gt;, param.&lt;name&gt;&lt;op&gt;&lt;value&gt;, metric.&lt;name&gt;&lt;op&gt;&lt;value&gt;
with op one of = != &lt; &lt;= &gt; &gt;= ~ (contains).
Metrics of runs recorded by mlwb are named after their step: metric.&lt;task&gt;.&lt;metric&gt;.</source>
        <translation>Le texte libre cherche dans les noms d'exécution, d'affichage et d'expérience.
state:&lt;complete|failed|running|canceled|cached|interrupted&gt;, exp:&lt;expérience&gt;,
after:&lt;date&gt;, before:&lt;date&gt;, param.&lt;nom&gt;&lt;op&gt;&lt;valeur&gt;, metric.&lt;nom&gt;&lt;op&gt;&lt;valeur&gt;
avec op parmi = != &lt; &lt;= &gt; &gt;= ~ (contient).
Les métriques des exécutions enregistrées par mlwb portent le nom de leur étape : metric.&lt;tâche&gt;.&lt;métrique&gt;.</translation>
    </message>
    <message>
        <source>Show all metric columns</source>
        <translation>Afficher toutes les colonnes de métriques</translation>
    </message>
    <message>
        <source>Default metric columns</source>
        <translation>Colonnes de métriques par défaut</translation>
    </message>
    <message>
        <source>The run metrics the pipelines name, or every metric of runs whose pipeline names none</source>
        <translation>Les métriques d'exécution que nomment les pipelines, ou toutes les métriques des exécutions dont le pipeline n'en nomme aucune</translation>
    </message>
</context>
<context>
    <name>wb::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>This workspace's settings file cannot be read, so its overrides are not shown and cannot be changed here: %1</source>
        <translation>Le fichier de réglages de cet espace de travail ne peut pas être lu ; ses valeurs propres ne sont donc ni affichées ni modifiables ici : %1</translation>
    </message>
    <message>
        <source>Docker binary</source>
        <translation>Exécutable Docker</translation>
    </message>
    <message>
        <source>The docker CLI or a drop-in such as podman: a name found on PATH or a full path. Empty: docker</source>
        <translation>La CLI docker ou un remplaçant comme podman : un nom trouvé dans le PATH ou un chemin complet. Vide : docker</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Docker Binary</source>
        <translation>Exécutable Docker</translation>
    </message>
    <message>
        <source>Docker context</source>
        <translation>Contexte Docker</translation>
    </message>
    <message>
        <source>the current one</source>
        <translation>le contexte actuel</translation>
    </message>
    <message>
        <source>A context of `docker context ls`, handed to docker as DOCKER_CONTEXT. Empty: the CLI's current one</source>
        <translation>Un contexte de `docker context ls`, transmis à docker via DOCKER_CONTEXT. Vide : le contexte actuel de la CLI</translation>
    </message>
    <message>
        <source>Default runtime</source>
        <translation>Environnement d'exécution par défaut</translation>
    </message>
    <message>
        <source>Automatic (Docker if available)</source>
        <translation>Automatique (Docker si disponible)</translation>
    </message>
    <message>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
    <message>
        <source>Process runner (no isolation)</source>
        <translation>Exécuteur de processus (sans isolation)</translation>
    </message>
    <message>
        <source>What the run dialog offers first, and what re-runs and reproductions use</source>
        <translation>Ce que la boîte de dialogue d'exécution propose en premier, et ce qu'utilisent les réexécutions et les reproductions</translation>
    </message>
    <message>
        <source>Image pull policy</source>
        <translation>Politique de récupération des images</translation>
    </message>
    <message>
        <source>Never: only images already on this machine</source>
        <translation>Jamais : uniquement les images déjà présentes sur cette machine</translation>
    </message>
    <message>
        <source>Missing: pull the images this machine lacks</source>
        <translation>Manquantes : récupérer les images absentes de cette machine</translation>
    </message>
    <message>
        <source>Always: pull every image before a run</source>
        <translation>Toujours : récupérer chaque image avant une exécution</translation>
    </message>
    <message>
        <source>When a run fetches the images of its steps from their registry</source>
        <translation>Quand une exécution récupère les images de ses étapes depuis leur registre</translation>
    </message>
    <message>
        <source>Default memory</source>
        <translation>Mémoire par défaut</translation>
    </message>
    <message>
        <source>Memory of a step that sets none: 4g, 512Mi, or a share of this machine's memory such as 75%</source>
        <translation>Mémoire d'une étape qui n'en fixe pas : 4g, 512Mi ou une part de la mémoire de cette machine comme 75 %</translation>
    </message>
    <message>
        <source>Process limit</source>
        <translation>Limite de processus</translation>
    </message>
    <message>
        <source>The most processes a step's container may start (--pids-limit)</source>
        <translation>Nombre maximal de processus que le conteneur d'une étape peut lancer (--pids-limit)</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Conteneurs</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Default experiment</source>
        <translation>Expérience par défaut</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Valeur par défaut</translation>
    </message>
    <message>
        <source>The experiment new runs are recorded under; the run dialog can change it</source>
        <translation>L'expérience sous laquelle les nouvelles exécutions sont enregistrées ; la boîte de dialogue d'exécution peut la changer</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Open a workspace to set values for it alone</source>
        <translation>Ouvrez un espace de travail pour définir des valeurs propres à celui-ci</translation>
    </message>
    <message>
        <source>This workspace only</source>
        <translation>Cet espace de travail uniquement</translation>
    </message>
    <message>
        <source>Keep this value in the workspace (.mlwb/settings.json) instead of your own settings</source>
        <translation>Conserver cette valeur dans l'espace de travail (.mlwb/settings.json) plutôt que dans vos propres réglages</translation>
    </message>
    <message>
        <source>Cannot save the settings: %1</source>
        <translation>Impossible d'enregistrer les réglages : %1</translation>
    </message>
</context>
<context>
    <name>wb::ui::VersionTab</name>
    <message>
        <source>Version %1 of %2 — read-only</source>
        <translation>Version %1 de %2 — lecture seule</translation>
    </message>
</context>
<context>
    <name>wb::ui::WorkbenchSettings</name>
    <message>
        <source>Enter a value for this workspace, or clear "This workspace only".</source>
        <translation>Saisissez une valeur pour cet espace de travail, ou décochez « Cet espace de travail uniquement ».</translation>
    </message>
    <message>
        <source>The docker binary "%1" is not found on PATH.</source>
        <translation>L'exécutable docker « %1 » est introuvable dans le PATH.</translation>
    </message>
    <message>
        <source>The docker binary %1 does not exist.</source>
        <translation>L'exécutable docker %1 n'existe pas.</translation>
    </message>
    <message>
        <source>The docker binary %1 is not an executable file.</source>
        <translation>L'exécutable docker %1 n'est pas un fichier exécutable.</translation>
    </message>
    <message>
        <source>"%1" is not a docker context name.</source>
        <translation>« %1 » n'est pas un nom de contexte docker.</translation>
    </message>
    <message>
        <source>The process limit must be a whole number of at least 1.</source>
        <translation>La limite de processus doit être un nombre entier d'au moins 1.</translation>
    </message>
</context>
<context>
    <name>wb::ui::WorkbenchViews</name>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Dérive</translation>
    </message>
    <message>
        <source>Cannot run the pipeline</source>
        <translation>Impossible d'exécuter le pipeline</translation>
    </message>
    <message>
        <source>Run %1 %2.</source>
        <translation>Exécution %1 : %2.</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n run(s) interrupted after a crash: %1</source>
        <translation>
            <numerusform>%n exécution marquée interrompue après un plantage : %1</numerusform>
            <numerusform>%n exécutions marquées interrompues après un plantage : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored as commit %1.</source>
        <translation>Restauré en tant que commit %1.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Historique des versions</translation>
    </message>
    <message>
        <source>&amp;Run…</source>
        <translation>&amp;Exécuter…</translation>
    </message>
    <message>
        <source>Run the pipeline on this machine (F5)</source>
        <translation>Exécuter le pipeline sur cette machine (F5)</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>&amp;Annuler l'exécution</translation>
    </message>
    <message>
        <source>Re&amp;produce Selected Run</source>
        <translation>Re&amp;produire l'exécution sélectionnée</translation>
    </message>
    <message>
        <source>Re-run the run selected in the Runs tab from its git commit and compare every output</source>
        <translation>Relancer l'exécution sélectionnée dans l'onglet Exécutions depuis son commit git et comparer chaque sortie</translation>
    </message>
    <message>
        <source>Show &amp;Runs</source>
        <translation>Afficher les &amp;exécutions</translation>
    </message>
    <message>
        <source>Show &amp;Drift</source>
        <translation>Afficher la &amp;dérive</translation>
    </message>
    <message>
        <source>Show &amp;Pipeline</source>
        <translation>Afficher le &amp;pipeline</translation>
    </message>
    <message>
        <source>Open &amp;Metadata Store…</source>
        <translation>Ouvrir un magasin de &amp;métadonnées…</translation>
    </message>
    <message>
        <source>Import &amp;MLflow Store…</source>
        <translation>Importer un magasin &amp;MLflow…</translation>
    </message>
    <message>
        <source>&amp;Commit…</source>
        <translation>&amp;Valider…</translation>
    </message>
    <message>
        <source>Show &amp;History</source>
        <translation>Afficher l'&amp;historique</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Exécution</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Cannot open the workspace's metadata store: %1</source>
        <translation>Impossible d'ouvrir le magasin de métadonnées de l'espace de travail : %1</translation>
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
        <translation>%1 n'est pas encore dans un dépôt git. En créer un (avec un .gitignore qui exclut les données d'exécution et les gros fichiers de données) ?</translation>
    </message>
    <message>
        <source>Cannot create a repository</source>
        <translation>Impossible de créer un dépôt</translation>
    </message>
    <message>
        <source>Committed %1.</source>
        <translation>Commit %1 créé.</translation>
    </message>
    <message>
        <source>Reproduce run</source>
        <translation>Reproduire l'exécution</translation>
    </message>
    <message>
        <source>Select one run in the Runs tab first.</source>
        <translation>Sélectionnez d'abord une exécution dans l'onglet Exécutions.</translation>
    </message>
    <message>
        <source>Open a workspace folder first.</source>
        <translation>Ouvrez d'abord un dossier d'espace de travail.</translation>
    </message>
    <message>
        <source>Reproducing run %1 from its commit…</source>
        <translation>Reproduction de l'exécution %1 depuis son commit…</translation>
    </message>
    <message>
        <source>Cannot reproduce run %1</source>
        <translation>Impossible de reproduire l'exécution %1</translation>
    </message>
    <message>
        <source>Run %1 re-run from commit %2 as run %3: %4.</source>
        <translation>Exécution %1 relancée depuis le commit %2 en tant qu'exécution %3 : %4.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>identique</translation>
    </message>
    <message>
        <source>DIFFERS</source>
        <translation>DIFFÉRENT</translation>
    </message>
    <message>
        <source>All outputs are byte-identical.</source>
        <translation>Toutes les sorties sont identiques octet par octet.</translation>
    </message>
    <message>
        <source>The run was NOT reproduced exactly.</source>
        <translation>L'exécution n'a PAS été reproduite à l'identique.</translation>
    </message>
    <message>
        <source>Compare drift</source>
        <translation>Comparer la dérive</translation>
    </message>
    <message>
        <source>Re-run the committed version anyway? Its outputs may differ from what actually ran.</source>
        <translation>Réexécuter quand même la version committée ? Ses sorties peuvent différer de ce qui a réellement tourné.</translation>
    </message>
    <message>
        <source>Re-run with the data as it is now? Its outputs may differ from the original run's.</source>
        <translation>Réexécuter avec les données dans leur état actuel ? Les sorties peuvent différer de celles de l'exécution originale.</translation>
    </message>
</context>
<context>
    <name>wb::ui::WorkspaceActions</name>
    <message>
        <source>No application opens %1.</source>
        <translation>Aucune application n'ouvre %1.</translation>
    </message>
    <message>
        <source>Validating %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>Cannot validate %1: %2</source>
        <translation>Impossible de vérifier %1 : %2</translation>
    </message>
    <message>
        <source>%1 is valid.</source>
        <translation>%1 est valide.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s), %2 error(s).</source>
        <translation>
            <numerusform>%1 : %n problème, %2 erreur(s).</numerusform>
            <numerusform>%1 : %n problèmes, %2 erreur(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>Impossible d'ouvrir %1</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
</context>
<context>
    <name>wb::ui::WorkspaceBrowser</name>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n'est ouvert.</translation>
    </message>
    <message>
        <source>Open Workspace…</source>
        <translation>Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>Show other files</source>
        <translation>Afficher les autres fichiers</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Git</source>
        <translation>Git</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Analyse en cours…</translation>
    </message>
    <message>
        <source>No pipelines, components, datasets or notebooks here yet.</source>
        <translation>Aucun pipeline, composant, jeu de données ou notebook ici pour l'instant.</translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n file(s) are listed.</source>
        <translation>
            <numerusform>Seul le premier fichier (%n) est listé.</numerusform>
            <numerusform>Seuls les %n premiers fichiers sont listés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a git repository.</source>
        <translation>Pas un dépôt Git.</translation>
    </message>
    <message>
        <source>Drift reference: %1. Double-click another dataset to compare it with this one.</source>
        <translation>Référence de dérive : %1. Double-cliquez sur un autre jeu de données pour le comparer à celle-ci.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Run…</source>
        <translation>Exécuter…</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Use as Drift Reference</source>
        <translation>Utiliser comme référence de dérive</translation>
    </message>
    <message>
        <source>Compare with Drift Reference</source>
        <translation>Comparer à la référence de dérive</translation>
    </message>
    <message>
        <source>Compare with %1 (Drift)</source>
        <translation>Comparer à %1 (dérive)</translation>
    </message>
    <message>
        <source>Choose a reference dataset first</source>
        <translation>Choisissez d'abord un jeu de données de référence</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Output of stage %1 in %2</source>
        <translation>Sortie du stage %1 dans %2</translation>
    </message>
    <message>
        <source>A folder of data</source>
        <translation>Un dossier de données</translation>
    </message>
    <message>
        <source>Not in the workspace: dvc pull fetches it</source>
        <translation>Absent de l'espace de travail : dvc pull le récupère</translation>
    </message>
    <message>
        <source>Pipelines (%1)</source>
        <translation>Pipelines (%1)</translation>
    </message>
    <message>
        <source>Components (%1)</source>
        <translation>Composants (%1)</translation>
    </message>
    <message>
        <source>Datasets (%1)</source>
        <translation>Jeux de données (%1)</translation>
    </message>
    <message>
        <source>Notebooks (%1)</source>
        <translation>Notebooks (%1)</translation>
    </message>
    <message>
        <source>Other files (%1)</source>
        <translation>Autres fichiers (%1)</translation>
    </message>
    <message>
        <source>clean</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>untracked</source>
        <translation>non suivi</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>conflicted</source>
        <translation>en conflit</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoré</translation>
    </message>
</context>
</TS>
