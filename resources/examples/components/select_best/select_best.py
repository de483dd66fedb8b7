# Select best: picks the candidate with the highest metric and copies its model.
import argparse
import json
import os
import shutil

parser = argparse.ArgumentParser(description="Pick the best of several evaluated models.")
parser.add_argument("--metric", required=True, help="metric key to maximise, e.g. roc_auc")
parser.add_argument("--candidate", nargs=2, action="append", required=True,
                    metavar=("METRICS", "MODEL"), help="metrics JSON and model file of one candidate")
parser.add_argument("--best-model", required=True, help="output (outputPath)")
parser.add_argument("--summary", required=True, help="output JSON (outputPath)")
parser.add_argument("--best-algorithm", required=True, help="output text (outputPath)")
args = parser.parse_args()

candidates = []
for metrics_path, model_path in args.candidate:
    with open(metrics_path) as f:
        metrics = json.load(f)
    if args.metric not in metrics:
        raise SystemExit(f"Select best: metric '{args.metric}' not in {metrics_path} "
                         f"(has: {', '.join(sorted(metrics))})")
    candidates.append((metrics, model_path))
# Highest metric wins; ties go to the first candidate listed (stable, deterministic).
best_metrics, best_model = max(candidates, key=lambda c: c[0][args.metric])

for path in (args.best_model, args.summary, args.best_algorithm):
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
shutil.copyfile(best_model, args.best_model)
summary = {
    "best": best_metrics["algorithm"],
    "candidates": {m["algorithm"]: m for m, _ in candidates},
    "metric": args.metric,
    "value": best_metrics[args.metric],
}
with open(args.summary, "w") as f:
    json.dump(summary, f, indent=2, sort_keys=True)
    f.write("\n")
with open(args.best_algorithm, "w") as f:
    f.write(best_metrics["algorithm"])
print(f"best: {best_metrics['algorithm']} ({args.metric} = {best_metrics[args.metric]})")
