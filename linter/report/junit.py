"""JUnit XML: one testcase per draft, failing with its findings."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from linter.report.escape import printable, xml_text


def render(report) -> str:
    by_path: dict[str, list] = {path: [] for path in report.files}
    for f in report.findings:
        by_path.setdefault(f.path, []).append(f)
    failing = sum(1 for found in by_path.values() if found)
    suites = ET.Element("testsuites", name="healthlint", tests=str(len(by_path)), failures=str(failing))
    suite = ET.SubElement(suites, "testsuite", name="healthlint", tests=str(len(by_path)),
                          failures=str(failing), errors="0")
    for path, found in by_path.items():
        case = ET.SubElement(suite, "testcase", classname="healthlint", name=printable(path))
        if found:
            failure = ET.SubElement(case, "failure", type=found[0].code,
                                    message=f"{len(found)} finding{'s' if len(found) != 1 else ''}")
            failure.text = xml_text("\n".join(f"{f.line}:{f.column}: {f.severity} {f.code} {f.message}" for f in found))
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
