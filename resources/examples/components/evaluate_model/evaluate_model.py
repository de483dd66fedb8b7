# Evaluate model: classification metrics of a trained model on the held-out test table.
import argparse
import json
import os
import pickle

import pandas as pd
from sklearn.metrics import accuracy_score, f1_score, precision_score, recall_score, roc_auc_score

parser = argparse.ArgumentParser(description="Evaluate a trained classifier.")
parser.add_argument("--model", required=True)
parser.add_argument("--test", required=True)
parser.add_argument("--metrics", required=True, help="output JSON (outputPath)")
parser.add_argument("--roc-auc", required=True, help="output: ROC AUC as text (outputPath)")
args = parser.parse_args()

with open(args.model, "rb") as f:
    bundle = pickle.load(f)
df = pd.read_csv(args.test)
features = df[bundle["features"]]
truth = df[bundle["target_column"]]
predicted = bundle["pipeline"].predict(features)
score = bundle["pipeline"].predict_proba(features)[:, 1]


def fixed(x):
    return float(f"{x:.6f}")  # fixed precision: byte-identical JSON on re-runs


metrics = {
    "accuracy": fixed(accuracy_score(truth, predicted)),
    "algorithm": bundle["algorithm"],
    "f1": fixed(f1_score(truth, predicted)),
    "precision": fixed(precision_score(truth, predicted, zero_division=0)),
    "recall": fixed(recall_score(truth, predicted)),
    "roc_auc": fixed(roc_auc_score(truth, score)),
    "test_rows": int(len(df)),
}
for path in (args.metrics, args.roc_auc):
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
with open(args.metrics, "w") as f:
    json.dump(metrics, f, indent=2, sort_keys=True)
    f.write("\n")
with open(args.roc_auc, "w") as f:
    f.write(f"{metrics['roc_auc']:.6f}")
print(json.dumps(metrics, sort_keys=True))
