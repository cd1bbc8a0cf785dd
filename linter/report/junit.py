"""JUnit XML: one testcase per draft, failing with its findings; a draft that could not be read
is a testcase with an `<error>` (counted in `errors`). With --statistics the testsuite carries
`<properties>`: one per rule, its code as name and its number of findings as value."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from linter.report import statistics_rows
from linter.report.escape import printable, xml_text


def render(report) -> str:
    by_path: dict[str, list] = {path: [] for path in report.files}
    for f in report.findings:
        by_path.setdefault(f.path, []).append(f)
    failing = sum(1 for found in by_path.values() if found)
    tests, errors = str(len(by_path) + len(report.errors)), str(len(report.errors))
    suites = ET.Element("testsuites", name="healthlint", tests=tests, failures=str(failing), errors=errors)
    suite = ET.SubElement(suites, "testsuite", name="healthlint", tests=tests,
                          failures=str(failing), errors=errors)
    if report.statistics:
        properties = ET.SubElement(suite, "properties")
        for row in statistics_rows(report):
            ET.SubElement(properties, "property", name=row["code"], value=str(row["count"]))
    for path, found in by_path.items():
        case = ET.SubElement(suite, "testcase", classname="healthlint", name=printable(path))
        if found:
            codes = ",".join(dict.fromkeys(f.code for f in found))  # every rule broken, in report order
            failure = ET.SubElement(case, "failure", type=codes,
                                    message=f"{len(found)} finding{'s' if len(found) != 1 else ''}")
            failure.text = xml_text("\n".join(f"{f.line}:{f.column}: {f.severity} {f.code} {f.message}" for f in found))
    for path, message in report.errors:  # an error not tied to one draft (a missing path) is named by itself
        case = ET.SubElement(suite, "testcase", classname="healthlint", name=printable(path or message))
        error = ET.SubElement(case, "error", type="input", message=printable(message))
        error.text = xml_text(message)
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
