# Split data: stratified train/test split with a fixed seed.
import argparse
import os

import pandas as pd
from sklearn.model_selection import train_test_split

parser = argparse.ArgumentParser(description="Stratified train/test split.")
parser.add_argument("--table", required=True)
parser.add_argument("--target-column", required=True)
parser.add_argument("--test-size", type=float, required=True)
parser.add_argument("--seed", type=int, required=True)
parser.add_argument("--train", required=True, help="output CSV (outputPath)")
parser.add_argument("--test", required=True, help="output CSV (outputPath)")
args = parser.parse_args()

if not 0.0 < args.test_size < 1.0:
    raise SystemExit(f"Split data: test_size must be between 0 and 1, got {args.test_size}")
df = pd.read_csv(args.table)
train, test = train_test_split(df, test_size=args.test_size, random_state=args.seed,
                               stratify=df[args.target_column])
for path, part in ((args.train, train), (args.test, test)):
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    part.sort_index().to_csv(path, index=False, lineterminator="\n")
print(f"train {len(train)} rows, test {len(test)} rows")
