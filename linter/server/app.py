"""The language server: pygls handlers that lint open drafts and answer hovers and code actions.

Linting runs on one worker thread, so the protocol loop keeps answering while a draft is
linted and the pipeline is only ever used from one thread. It is loaded once per server and
sentence parses are remembered (linter/grammar.py), so a keystroke re-parses only the sentences
it changed. Edits are linted after a pause (DEBOUNCE); opening and saving lint at once. A draft
over LIVE_LIMIT is linted on open and save only, in a child process (apart.py) that is killed
when the document closes or changes, so that it never holds up the other buffers.

Messages reach these handlers through wire.py (frames read with limits, every request answered
as the specification says) with each document URI in its one spelling (uris.py); diagnostics
and edits go back under the URI the client opened the document with.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import os
import queue
import sys
import threading
from urllib.parse import unquote

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol
from pygls.uris import to_fs_path

from linter import __version__
from linter.document.read import DRAFT_SUFFIXES
from linter.errors import internal_error
from linter.incremental import Recall
from linter.server.actions import KINDS, code_actions, fixed_text
from linter.server.analysis import Analysis, analyse, warm_up
from linter.server.apart import analyse_apart, stop_all
from linter.server.configs import Configs
from linter.server.diagnostics import Sources, diagnostics
from linter.server.hover import hover

DEBOUNCE = 0.3  # seconds after the last keystroke
LIVE_LIMIT = 1 << 20  # characters: a longer draft is linted when opened and saved, not as it is typed
LANGUAGES = ("markdown", "plaintext", "text", "txt")
WATCHED = ("**/.healthlint.yaml", "**/.healthlint.yml", "**/pyproject.toml", "**/*.yaml", "**/*.yml")


class Worker:
    """One daemon thread running jobs in order (a thread pool's threads would hold up the exit
    until a long lint ends)."""

    def __init__(self) -> None:
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        threading.Thread(target=self._run, name="healthlint-lint", daemon=True).start()

    def _run(self) -> None:
        while True:
            future, job, args = self._jobs.get()
            if future.set_running_or_notify_cancel():
                try:
                    future.set_result(job(*args))
                except BaseException as exc:  # handed to the awaiting handler
                    future.set_exception(exc)

    def run_soon(self, job, *args) -> None:
        """Run a job after those queued, not waiting for it."""
        self._jobs.put((concurrent.futures.Future(), job, args))

    async def run(self, job, *args):
        future: concurrent.futures.Future = concurrent.futures.Future()
        self._jobs.put((future, job, args))
        return await asyncio.wrap_future(future)


class Protocol(LanguageServerProtocol):
    def _send_response(self, msg_id, result=None, error=None):
        """No error carries `data`: pygls puts an internal error's traceback there, with the
        paths of the installation (HEALTHLINT_DEBUG=1 prints it on stderr instead)."""
        if error is not None and error.data is not None:
            if os.environ.get("HEALTHLINT_DEBUG", "") not in ("", "0"):
                print("".join(error.data.get("traceback", ())) if isinstance(error.data, dict) else error.data,
                      file=sys.stderr)
            error = types.ResponseError(error.code, error.message)
        super()._send_response(msg_id, result, error)


class HealthlintServer(LanguageServer):
    def __init__(self) -> None:
        # Full sync: the editor sends the whole buffer, so no edit is ever applied with line
        # breaks counted differently from the editor's (pygls splits with str.splitlines).
        super().__init__("healthlint", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Full,
                         protocol_cls=Protocol)
        self.spellings: dict[str, str] = {}  # a document's URI → as the client spelled it (wire.Gate)
        self.configs = Configs()
        self.sources = Sources()
        self.worker = Worker()
        self.analyses: dict[str, Analysis] = {}
        self.recalls: dict[str, Recall] = {}  # a buffer's last version, read and written on the worker only
        self.pending: dict[str, asyncio.Task] = {}
        self.shown: set[str] = set()  # settings problems already shown (each once until it is fixed)
        self.noted_large: set[str] = set()

    # -------------------------------------------------------------- helpers

    @property
    def encoding(self) -> str:
        encoding = self.workspace.position_encoding
        return str(getattr(encoding, "value", encoding) or "utf-16")

    def log(self, message: str, kind=types.MessageType.Log) -> None:
        self.window_log_message(types.LogMessageParams(kind, message))

    def document(self, uri: str):
        """The open document of a URI (in its one spelling), or None."""
        return self.workspace.text_documents.get(unquote(uri))  # pygls keys documents decoded

    def spelled(self, uri: str) -> str:
        """The URI as the client spelled it when it opened the document."""
        return self.spellings.get(uri, uri)

    def lintable(self, uri: str) -> str | None:
        """The file path of an open draft this server lints, or None."""
        document = self.document(uri)
        path = to_fs_path(uri) if document is not None and uri.startswith("file:") else None
        if path is None:
            return None
        if (document.language_id or "").lower() in LANGUAGES or path.lower().endswith(DRAFT_SUFFIXES):
            return path
        return None

    def stop(self, uri: str) -> None:
        """Forget a lint waiting or running for a document (a running child process is killed)."""
        waiting = self.pending.pop(uri, None)
        if waiting:
            waiting.cancel()

    def schedule(self, uri: str, delay: float, reason: str) -> None:
        """Lint a draft after `delay` seconds, replacing a lint already waiting for it."""
        self.stop(uri)
        self.pending[uri] = asyncio.get_running_loop().create_task(self._later(uri, delay, reason))

    async def _later(self, uri: str, delay: float, reason: str) -> None:
        try:
            if delay:
                await asyncio.sleep(delay)
            await self.lint(uri, reason)
        except asyncio.CancelledError:
            pass
        except Exception as exc:  # never let one draft's failure end the loop
            self.log(internal_error(exc, uri), types.MessageType.Error)

    async def lint(self, uri: str, reason: str) -> Analysis | None:
        path = self.lintable(uri)
        if path is None:
            return None
        document = self.document(uri)
        text, version = document.source, document.version
        if len(text) > LIVE_LIMIT:
            if reason in ("change", "request"):
                if uri not in self.noted_large:
                    self.noted_large.add(uri)
                    self.log(f"{path}: {len(text):,} characters; linted when opened and saved, not as you type",
                             types.MessageType.Info)
                return None
            analysis, found = await self._apart(uri, path, text, version)
        else:
            analysis, found = await self.worker.run(self._analyse, path, text, version)
        current = self.document(uri)
        if current is None or current.version != version:
            return analysis  # edited (or closed) meanwhile: a newer lint follows
        self.analyses[uri] = analysis
        self._report(analysis)
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(self.spelled(uri), found,
                                                                              version=version))
        return analysis

    def _analyse(self, path: str, text: str, version):
        analysis = analyse(path, text, version, self.configs, self.recalls.setdefault(path, Recall()))
        return analysis, diagnostics(analysis, self.encoding, self.sources)

    async def _apart(self, uri: str, path: str, text: str, version):
        """A long draft linted in a child process; its settings and diagnostics on the worker."""
        setup = await self.worker.run(self.configs.for_document, path)
        try:
            outcome = await analyse_apart(path, text)
        except asyncio.CancelledError:
            why = "closed" if self.document(uri) is None else "changed"
            self.log(f"{path}: the check of this long draft was stopped (the document {why})",
                     types.MessageType.Info)
            raise
        analysis = Analysis(path, text, version, setup, None, outcome.findings, outcome.problem,
                            outcome.problem_line, list(outcome.logs))
        return analysis, await self.worker.run(diagnostics, analysis, self.encoding, self.sources)

    def _report(self, analysis: Analysis) -> None:
        problem = analysis.setup.problem
        if problem and problem not in self.shown:
            self.shown.add(problem)
            self.window_show_message(types.ShowMessageParams(types.MessageType.Error, f"healthlint: {problem}"))
            self.log(problem, types.MessageType.Error)
        elif not problem:
            self.shown.clear()
        if analysis.problem:
            self.log(f"{analysis.path}:{analysis.problem_line}: {analysis.problem}", types.MessageType.Warning)
        for line in analysis.logs:
            self.log(line, types.MessageType.Error)

    async def current(self, uri: str) -> Analysis | None:
        """The analysis of the buffer as it is now: the last check's, or (when an edit is still
        waiting) a check now in place of the waiting one; None for a long draft edited since."""
        document = self.document(uri)
        known = self.analyses.get(uri)
        if document is None:
            return None
        if known is not None and known.version == document.version and known.text == document.source:
            return known
        if len(document.source) <= LIVE_LIMIT:
            self.stop(uri)
        return await self.lint(uri, "request")

    def relint_all(self) -> None:
        for uri in list(self.workspace.text_documents):
            if self.lintable(uri):
                self.schedule(uri, 0, "settings")

    def stop_checks(self) -> None:
        """At exit: no child process outlives the server."""
        stop_all()


server = HealthlintServer()


@server.feature(types.INITIALIZED)
def initialized(params: types.InitializedParams) -> None:
    capabilities = server.client_capabilities
    watch = capabilities.workspace and capabilities.workspace.did_change_watched_files
    if watch and watch.dynamic_registration:
        options = types.DidChangeWatchedFilesRegistrationOptions(
            watchers=[types.FileSystemWatcher(glob_pattern=g) for g in WATCHED])
        server.client_register_capability(types.RegistrationParams(registrations=[types.Registration(
            "healthlint-settings", types.WORKSPACE_DID_CHANGE_WATCHED_FILES, options)]))
    root = server.workspace.root_path or os.getcwd()
    asyncio.get_running_loop().create_task(server.worker.run(warm_up, root, server.configs))


@server.feature(types.TEXT_DOCUMENT_DID_OPEN)
def did_open(params: types.DidOpenTextDocumentParams) -> None:
    server.schedule(params.text_document.uri, 0, "open")


@server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
def did_change(params: types.DidChangeTextDocumentParams) -> None:
    server.schedule(params.text_document.uri, DEBOUNCE, "change")


@server.feature(types.TEXT_DOCUMENT_DID_SAVE)
def did_save(params: types.DidSaveTextDocumentParams) -> None:
    uri = params.text_document.uri
    path = to_fs_path(uri) if uri.startswith("file:") else None
    if path and server.configs.is_settings_file(path):
        server.configs.forget()
        server.relint_all()
    else:
        server.schedule(uri, 0, "save")


@server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
def did_close(params: types.DidCloseTextDocumentParams) -> None:
    uri = params.text_document.uri
    server.stop(uri)
    server.analyses.pop(uri, None)
    path = to_fs_path(uri) if uri.startswith("file:") else None
    server.worker.run_soon(server.recalls.pop, path, None)  # on the worker, which reads them
    server.noted_large.discard(uri)
    server.text_document_publish_diagnostics(types.PublishDiagnosticsParams(server.spelled(uri), []))
    server.spellings.pop(uri, None)


@server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
def did_change_watched_files(params: types.DidChangeWatchedFilesParams) -> None:
    server.configs.forget()
    server.relint_all()


@server.feature(types.TEXT_DOCUMENT_HOVER)
async def on_hover(params: types.HoverParams) -> types.Hover | None:
    analysis = await server.current(params.text_document.uri)
    return hover(analysis, params.position, server.encoding, server.sources) if analysis else None


@server.feature(types.TEXT_DOCUMENT_CODE_ACTION, types.CodeActionOptions(code_action_kinds=KINDS))
async def on_code_action(params: types.CodeActionParams) -> list[types.CodeAction] | None:
    uri = params.text_document.uri
    analysis = await server.current(uri)
    if analysis is None:
        return None
    only = [str(getattr(k, "value", k)) for k in params.context.only] if params.context.only else None
    # The last check's findings, with no check of its own: cheap enough for the loop.
    return code_actions(analysis, server.spelled(uri), params.range, only, server.encoding, server.sources,
                        lambda: fixed_text(analysis))


@server.feature(types.SHUTDOWN)
def on_shutdown(params) -> None:
    for task in server.pending.values():
        task.cancel()
    server.pending.clear()
