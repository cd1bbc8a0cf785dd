"""Issue 14: a real editor's LSP client. Neovim, headless, starts `healthlint server` with its
built-in client (vim.lsp.start_client and buf_attach_client, which Neovim 0.7 — Debian's — has
as well as later versions), opens a draft and writes the diagnostics it received to a file."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT

pytest.importorskip("pygls", reason="the language server needs the 'server' extra")
NVIM = shutil.which("nvim")
pytestmark = pytest.mark.skipif(NVIM is None, reason="Neovim (nvim) is not installed; .ci/run installs it "
                                "with apt-get install neovim")

CONFIG = r"""
local out, draft = vim.env.HL_OUT, vim.env.HL_DRAFT
vim.cmd('edit ' .. vim.fn.fnameescape(draft))
local buf = vim.api.nvim_get_current_buf()
local id = vim.lsp.start_client({
  name = 'healthlint',
  cmd = {vim.env.HL_PYTHON, '-m', 'linter', 'server'},
  root_dir = vim.fn.fnamemodify(draft, ':h'),
})
vim.lsp.buf_attach_client(buf, id)
local function finish(result)
  local f = io.open(out, 'w'); f:write(vim.fn.json_encode(result)); f:close()
  vim.cmd('qall!')
end
local waited = 0
local function poll()
  local found = vim.diagnostic.get(buf)
  if #found > 0 or waited > 240000 then
    local result = {}
    for _, d in ipairs(found) do
      table.insert(result, {lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
                            severity = d.severity, message = d.message, code = d.code or
                            (d.user_data and d.user_data.lsp and d.user_data.lsp.code)})
    end
    table.sort(result, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
    finish(result)
  else
    waited = waited + 200
    vim.defer_fn(poll, 200)
  end
end
vim.defer_fn(poll, 200)
"""


def test_neovim_receives_the_diagnostics(tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text("# Notes\n\n😀 Ketmaine is used for depression.\n\nKetamine and it's effects.\n",
                     encoding="utf-8")
    init = tmp_path / "init.lua"
    init.write_text(CONFIG, encoding="utf-8")
    out = tmp_path / "diagnostics.json"
    # A private home: no user's Neovim config or plugins take part.
    env = {**os.environ, "HL_OUT": str(out), "HL_DRAFT": str(draft), "HL_PYTHON": sys.executable,
           "PYTHONPATH": str(ROOT), "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_STATE_HOME": str(tmp_path / "state")}
    subprocess.run([NVIM, "--headless", "--clean", "-u", str(init)], cwd=tmp_path, env=env, timeout=300,
                   stdin=subprocess.DEVNULL, capture_output=True)
    found = json.loads(out.read_text(encoding="utf-8"))
    # The emoji is two UTF-16 units, which Neovim's client counts in: "Ketmaine" starts at byte 5
    # of the line in Neovim's own (byte) columns.
    assert found == [
        {"lnum": 2, "col": 5, "end_lnum": 2, "end_col": 13, "severity": 1, "code": "HL101",
         "message": "'Ketmaine' looks like a misspelling of 'Ketamine' (source line 14)"},
        {"lnum": 4, "col": 13, "end_lnum": 4, "end_col": 17, "severity": 2, "code": "HL102",
         "message": "'it's' means 'it is'; before 'effects' use the possessive 'its'"},
    ]
