# Train classifier: one-hot categorical + scaled numeric features, then the chosen estimator.
import argparse
import os
import pickle

import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import GradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

parser = argparse.ArgumentParser(description="Train a scikit-learn classifier on a CSV table.")
parser.add_argument("--train", required=True)
parser.add_argument("--target-column", required=True)
parser.add_argument("--algorithm", required=True,
                    choices=["logistic_regression", "random_forest", "gradient_boosting"])
parser.add_argument("--seed", type=int, required=True)
parser.add_argument("--drop-columns", default="", help="comma-separated columns to ignore (ids)")
parser.add_argument("--model", required=True, help="output pickle (outputPath)")
args = parser.parse_args()

df = pd.read_csv(args.train)
dropped = [c for c in args.drop_columns.split(",") if c]
features = df.drop(columns=[args.target_column] + dropped)
labels = df[args.target_column]
categorical = sorted(c for c in features.columns if not pd.api.types.is_numeric_dtype(features[c]))
numeric = sorted(c for c in features.columns if c not in categorical)

estimators = {
    "logistic_regression": lambda: LogisticRegression(max_iter=1000, random_state=args.seed),
    "random_forest": lambda: RandomForestClassifier(n_estimators=200, max_depth=8, n_jobs=1,
                                                    random_state=args.seed),
    "gradient_boosting": lambda: GradientBoostingClassifier(n_estimators=150, max_depth=3,
                                                            random_state=args.seed),
}
model = Pipeline([
    ("features", ColumnTransformer([
        ("categorical", OneHotEncoder(handle_unknown="ignore"), categorical),
        ("numeric", StandardScaler(), numeric),
    ])),
    ("classifier", estimators[args.algorithm]()),
])
model.fit(features[categorical + numeric], labels)

os.makedirs(os.path.dirname(args.model) or ".", exist_ok=True)
bundle = {"algorithm": args.algorithm, "features": categorical + numeric,
          "target_column": args.target_column, "pipeline": model}
with open(args.model, "wb") as f:
    pickle.dump(bundle, f, protocol=4)
print(f"trained {args.algorithm} on {len(df)} rows, {len(categorical + numeric)} features")
