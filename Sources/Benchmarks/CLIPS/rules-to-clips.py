#!/usr/bin/env python3
"""Writes the rules of a rule folder, and one case, as a CLIPS program, for benchmark.sh's start-up
comparison: CLIPS loads and parses the rules, fires those the case meets, adds up each option's
points and prints the recommendation, which is the work of one `advisor --answers` case.

    python3 rules-to-clips.py RULES_FOLDER CASE.json > case.clp && clips -f2 case.clp
"""
import glob
import json
import re
import sys

import yaml


def load(folder):
    questions, options, rules = [], [], []
    for path in sorted(glob.glob(f"{folder}/**/*.yaml", recursive=True)):
        if "/tests/" in path:
            continue
        with open(path, encoding="utf-8") as file:
            document = yaml.safe_load(file) or {}
        questions += document.get("questions", [])
        options += document.get("options", [])
        rules += document.get("rules", [])
    return questions, options, rules


def atom(text, kinds):
    """One comparison of the rule language as a CLIPS test over the bound answers."""
    text = text.strip()
    if text == "true":
        return "TRUE"
    if text.startswith("not "):
        return f"(not {atom(text[4:], kinds)})"
    match = re.fullmatch(r"(\w+) in (-?\d+)\.\.\.(-?\d+)", text)
    if match:
        return f"(and (>= ?{match[1]} {match[2]}) (<= ?{match[1]} {match[3]}))"
    match = re.fullmatch(r"(\w+) in \[(.*)\]", text)
    if match:
        values = " ".join(f"(eq ?{match[1]} {value.strip()})" for value in match[2].split(","))
        return f"(or {values})"
    match = re.fullmatch(r"(\w+) (==|!=|<=|>=|<|>) (\S+)", text)
    if match:
        name, operator, value = match.groups()
        if kinds[name] == "integer":
            return f"({ {'==': '=', '!=': '<>'}.get(operator, operator)} ?{name} {value})"
        return f"({'eq' if operator == '==' else 'neq'} ?{name} {value})"
    if re.fullmatch(r"\w+", text) and kinds.get(text) == "boolean":
        return f"(eq ?{text} yes)"
    raise SystemExit(f"rules-to-clips: cannot translate '{text}'")


def condition(text, kinds):
    """Conditions joined by `and` or `or` (one kind per condition, as the shipped rules write them)."""
    for word, function in ((" and ", "and"), (" or ", "or")):
        if word in text:
            return f"({function} " + " ".join(atom(part, kinds) for part in text.split(word)) + ")"
    return atom(text, kinds)


def main():
    folder, case_path = sys.argv[1], sys.argv[2]
    questions, options, rules = load(folder)
    with open(case_path, encoding="utf-8") as file:
        case = json.load(file)
    kinds = {question["id"]: question["type"] for question in questions}
    names = [question["id"] for question in questions]
    out = ["(deftemplate answers " + " ".join(f"(slot {name})" for name in names) + ")"]
    out.append("(deftemplate points (slot rule) (slot option) (slot amount))")
    pattern = "(answers " + " ".join(f"({name} ?{name})" for name in names) + ")"
    for rule in rules:
        if "points" not in rule:
            continue
        asserts = " ".join(
            f"(assert (points (rule {rule['id']}) (option {option}) (amount {amount})))" for option, amount in rule["points"].items()
        )
        out.append(f"(defrule {rule['id']} {pattern} (test {condition(str(rule['when']), kinds)}) => {asserts})")
    # Totals in option order; the first listed wins a tie, as in the advisor.
    out.append("(deffunction total (?option) (bind ?sum 0) (do-for-all-facts ((?p points)) (eq ?p:option ?option) (bind ?sum (+ ?sum ?p:amount))) ?sum)")
    order = " ".join(option["id"] for option in options)
    out.append(
        "(defrule recommend (declare (salience -100)) => (bind ?best nil) (bind ?top 0)"
        f" (foreach ?option (create$ {order}) (bind ?score (total ?option))"
        " (if (or (eq ?best nil) (> ?score ?top)) then (bind ?best ?option) (bind ?top ?score)))"
        ' (printout t "Recommendation: " ?best crlf))'
    )
    values = []
    for name in names:
        value = case.get(name)
        if isinstance(value, bool):
            value = "yes" if value else "no"
        values.append(f"({name} {value})")
    out.append("(deffacts case (answers " + " ".join(values) + "))")
    out += ["(reset)", "(run)", "(exit)"]
    print("\n".join(out))


main()
