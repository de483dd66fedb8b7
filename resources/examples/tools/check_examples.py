#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the example pipelines and, with --run, executes one on the host (no containers).

Checks: YAML parses; component refs resolve and their sha256 digests match; every argument
names a real input, every required input has an argument; taskOutput/graphInput references
exist; the graph has no cycle; dataset manifests match their files (md5, size, rows).
--run DIR: runs the tasks in topological order on the host, resolving the KFP v1 placeholders
(inputValue, inputPath, outputPath, concat, if/isPresent) to files under DIR. The `image` is
ignored, so the host needs what the image has (python3 with scikit-learn + pandas, or sh).
This is a development aid for the examples, not mlwb's executor.

Usage: check_examples.py [PIPELINE.yaml ...] [--run DIR]
"""
import argparse
import hashlib
import pathlib
import subprocess
import sys

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent


def fail(msg):
    raise SystemExit(f"check_examples: {msg}")


def load_component(pipeline_dir, task_id, ref):
    if "spec" in ref:
        return ref["spec"]
    path = pipeline_dir / ref["url"]
    data = path.read_bytes()
    if ref.get("digest") != hashlib.sha256(data).hexdigest():
        fail(f"task {task_id}: digest of {ref['url']} is stale (run tools/embed_scripts.py)")
    return yaml.safe_load(data)


def check_dataset(pipeline_dir, manifest):
    mpath = pipeline_dir / manifest
    info = yaml.safe_load(mpath.read_text())
    data_path = mpath.parent / info["path"]
    data = data_path.read_bytes()
    if hashlib.md5(data).hexdigest() != info["md5"] or len(data) != info["size"]:
        fail(f"{manifest}: md5/size do not match {data_path.name}")
    rows = data.count(b"\n") - 1  # header line excluded
    if rows != info["rows"]:
        fail(f"{manifest}: rows {info['rows']} != {rows}")
    return data_path


def check(pipeline_path):
    spec = yaml.safe_load(pipeline_path.read_text())
    graph = spec["implementation"]["graph"]
    graph_inputs = {i["name"]: i for i in spec.get("inputs", [])}
    tasks = graph["tasks"]
    components = {}
    deps = {}
    for task_id, task in tasks.items():
        comp = load_component(pipeline_path.parent, task_id, task["componentRef"])
        components[task_id] = comp
        inputs = {i["name"]: i for i in comp.get("inputs", [])}
        args = task.get("arguments", {})
        deps[task_id] = set()
        for name, value in args.items():
            if name not in inputs:
                fail(f"task {task_id}: argument {name} is not an input of {comp['name']}")
            if isinstance(value, dict) and "taskOutput" in value:
                src = value["taskOutput"]
                if src["taskId"] not in tasks:
                    fail(f"task {task_id}: unknown upstream task {src['taskId']}")
                deps[task_id].add(src["taskId"])
            elif isinstance(value, dict) and "graphInput" in value:
                if value["graphInput"]["inputName"] not in graph_inputs:
                    fail(f"task {task_id}: unknown pipeline input {value['graphInput']['inputName']}")
            elif isinstance(value, dict) and "dataset" in value:
                check_dataset(pipeline_path.parent, value["dataset"]["manifest"])
        for name, inp in inputs.items():
            if name not in args and "default" not in inp and not inp.get("optional"):
                fail(f"task {task_id}: required input {name} has no argument")
    order, done = [], set()
    while len(order) < len(tasks):
        ready = [t for t in tasks if t not in done and deps[t] <= done]
        if not ready:
            fail("the graph has a cycle")
        order += ready
        done.update(ready)
    for name, value in graph.get("outputValues", {}).items():
        src = value["taskOutput"]
        outs = [o["name"] for o in components[src["taskId"]].get("outputs", [])]
        if src["outputName"] not in outs:
            fail(f"output {name}: {src['taskId']} has no output {src['outputName']}")
    for task_id, task in tasks.items():
        for value in task.get("arguments", {}).values():
            if isinstance(value, dict) and "taskOutput" in value:
                src = value["taskOutput"]
                if src["outputName"] not in [o["name"] for o in components[src["taskId"]].get("outputs", [])]:
                    fail(f"task {task_id}: {src['taskId']} has no output {src['outputName']}")
    return spec, components, order


def run(pipeline_path, spec, components, order, workdir):
    graph_defaults = {i["name"]: str(i["default"]) for i in spec.get("inputs", []) if "default" in i}
    out_path = lambda task, name: workdir / task / name / "data"  # noqa: E731
    for task_id in order:
        task, comp = spec["implementation"]["graph"]["tasks"][task_id], components[task_id]
        args = task.get("arguments", {})
        defaults = {i["name"]: str(i["default"]) for i in comp.get("inputs", []) if "default" in i}

        def value_of(name):
            v = args.get(name)
            if v is None:
                return defaults.get(name)
            if isinstance(v, dict) and "graphInput" in v:
                return graph_defaults.get(v["graphInput"]["inputName"])
            if isinstance(v, dict) and "taskOutput" in v:
                return out_path(v["taskOutput"]["taskId"], v["taskOutput"]["outputName"]).read_text()
            if isinstance(v, dict):
                fail(f"task {task_id}: {name} cannot be passed by value")
            return str(v)

        def path_of(name):
            v = args.get(name)
            if isinstance(v, dict) and "taskOutput" in v:
                return str(out_path(v["taskOutput"]["taskId"], v["taskOutput"]["outputName"]))
            if isinstance(v, dict) and "dataset" in v:
                return str(check_dataset(pipeline_path.parent, v["dataset"]["manifest"]))
            tmp = workdir / task_id / "inputs" / name
            tmp.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text(value_of(name))
            return str(tmp)

        def expand(item):
            if isinstance(item, (str, int, float)):
                return [str(item)]
            key, arg = next(iter(item.items()))
            if key == "inputValue":
                v = value_of(arg)
                return [] if v is None else [v]
            if key == "inputPath":
                return [] if (arg not in args and arg not in defaults) else [path_of(arg)]
            if key == "outputPath":
                return [str(out_path(task_id, arg))]
            if key == "concat":
                return ["".join(x for i in arg for x in expand(i))]
            if key == "isPresent":
                return [str(arg in args)]
            if key == "if":
                cond = arg["cond"]
                truth = expand(cond)[0] if isinstance(cond, dict) else str(cond)
                branch = arg.get("then" if truth.lower() in ("true", "1", "yes") else "else", [])
                return [x for i in (branch if isinstance(branch, list) else [branch]) for x in expand(i)]
            fail(f"task {task_id}: unsupported placeholder {key}")

        container = comp["implementation"]["container"]
        argv = [x for i in container.get("command", []) + container.get("args", []) for x in expand(i)]
        if argv and argv[0] == "python3":
            argv[0] = sys.executable
        print(f"== {task_id}", flush=True)
        if subprocess.run(argv, cwd=workdir).returncode != 0:
            fail(f"task {task_id} failed")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pipelines", nargs="*", type=pathlib.Path)
    parser.add_argument("--run", type=pathlib.Path, metavar="DIR")
    a = parser.parse_args()
    pipelines = a.pipelines or sorted(ROOT.glob("*.pipeline.yaml"))
    for p in pipelines:
        for comp in sorted(ROOT.glob("components/*/component.yaml")):
            yaml.safe_load(comp.read_text())
        spec, components, order = check(p.resolve())
        print(f"{p.name}: ok, {len(order)} tasks, order {' '.join(order)}")
        if a.run:
            workdir = a.run.resolve() / p.name.replace(".pipeline.yaml", "")
            workdir.mkdir(parents=True, exist_ok=True)
            run(p.resolve(), spec, components, order, workdir)
            for name, value in spec["implementation"]["graph"].get("outputValues", {}).items():
                src = value["taskOutput"]
                print(f"output {name}: {workdir / src['taskId'] / src['outputName'] / 'data'}")


if __name__ == "__main__":
    main()
