# Check schema: fails the run early when the table does not look like the training data should.
import argparse
import json
import os

import pandas as pd

parser = argparse.ArgumentParser(description="Validate a CSV table against an expected schema.")
parser.add_argument("--table", required=True)
parser.add_argument("--schema", required=True, help='JSON object {"column": "integer|float|category|string"}')
parser.add_argument("--target-column", required=True)
parser.add_argument("--validated", required=True, help="output CSV (outputPath)")
parser.add_argument("--report", required=True, help="output JSON report (outputPath)")
args = parser.parse_args()

df = pd.read_csv(args.table)
expected = json.loads(args.schema)
problems = []
for column, kind in sorted(expected.items()):
    if column not in df.columns:
        problems.append(f"missing column '{column}'")
        continue
    series = df[column]
    if series.isna().any():
        problems.append(f"column '{column}' has {int(series.isna().sum())} empty values")
    if kind in ("integer", "float") and not pd.api.types.is_numeric_dtype(series):
        problems.append(f"column '{column}' should be {kind} but has dtype {series.dtype}")
    if kind == "integer" and pd.api.types.is_float_dtype(series):
        problems.append(f"column '{column}' should hold whole numbers")
if args.target_column not in df.columns:
    problems.append(f"target column '{args.target_column}' is missing")
elif sorted(df[args.target_column].dropna().unique().tolist()) != [0, 1]:
    problems.append(f"target column '{args.target_column}' must hold exactly the values 0 and 1")

report = {
    "columns": {c: str(df[c].dtype) for c in df.columns},
    "problems": problems,
    "rows": int(len(df)),
    "target_column": args.target_column,
    "target_rate": round(float(df[args.target_column].mean()), 6) if args.target_column in df.columns else None,
    "valid": not problems,
}
for path in (args.validated, args.report):
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
with open(args.report, "w") as f:
    json.dump(report, f, indent=2, sort_keys=True)
    f.write("\n")
if problems:
    raise SystemExit("Check schema failed:\n  " + "\n  ".join(problems))
df.to_csv(args.validated, index=False, lineterminator="\n")
print(f"schema ok: {len(df)} rows, target rate {report['target_rate']}")
