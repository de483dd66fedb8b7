# Load CSV: reads the dataset file mounted as an input and emits it as a normalised CSV artifact.
import argparse
import os

import pandas as pd

parser = argparse.ArgumentParser(description="Load a CSV dataset into the pipeline.")
parser.add_argument("--data", required=True, help="input CSV file (inputPath)")
parser.add_argument("--table", required=True, help="output CSV (outputPath)")
parser.add_argument("--rows", required=True, help="output: number of rows (outputPath)")
args = parser.parse_args()

df = pd.read_csv(args.data)
df.columns = [str(c).strip() for c in df.columns]
if df.empty:
    raise SystemExit(f"Load CSV: {args.data} has no data rows")
for path in (args.table, args.rows):
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
df.to_csv(args.table, index=False, lineterminator="\n")
with open(args.rows, "w") as f:
    f.write(str(len(df)))
print(f"loaded {len(df)} rows x {len(df.columns)} columns")
