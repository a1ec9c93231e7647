import os
import subprocess
import sys

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

# Only the browser builds of the front-end packages are served.
IGNORED = ["*.map", "*.ts", "*esm*", "*.cjs*", "*.amd*", "extension*"]

# A worker's resident memory budget (the province dashboard's goal is 200 MB; headroom for
# the interpreter, Django and a large page): workers are bounded by half the machine's memory.
WORKER_MEMORY = 400 * 1024 * 1024
THREADS = 4  # per gunicorn worker; a thread waits on the database while another renders
WAITRESS_THREADS = 8  # waitress has one process, so more threads
TIMEOUT = 120  # seconds a request may take before its worker is restarted
GRACEFUL_TIMEOUT = 30  # seconds requests in flight get to finish on SIGTERM
WORKER_STOP_SECONDS = 20  # the background worker finishes its job in hand, or is killed


def machine_memory() -> int | None:
    try:
        return os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (AttributeError, ValueError, OSError):
        return None  # not POSIX, or not reported: bound by cores only


def default_workers(cores: int | None = None, memory: int | None = None) -> int:
    """gunicorn's rule of thumb (2 × cores + 1), bounded so the workers fit in half the memory."""
    cores = cores or os.cpu_count() or 1
    workers = 2 * cores + 1
    if memory:
        workers = min(workers, memory // 2 // WORKER_MEMORY)
    return max(1, workers)


def gunicorn_options(
    *, host: str, port: int, workers: int | None, threads: int | None, access_log: bool
) -> dict:
    return {
        "bind": f"[{host}]:{port}" if ":" in host else f"{host}:{port}",
        "workers": workers or default_workers(memory=machine_memory()),
        "worker_class": "gthread",
        "threads": threads or THREADS,
        "timeout": TIMEOUT,
        "graceful_timeout": GRACEFUL_TIMEOUT,
        "keepalive": 5,
        "accesslog": "-" if access_log else None,
        "errorlog": "-",
        "proc_name": "pacesetter",
        # A tmpfs heartbeat file: a slow disk cannot make a busy worker look dead.
        "worker_tmp_dir": "/dev/shm" if os.path.isdir("/dev/shm") else None,
        # gunicorn ≥ 25.1 opens a control socket at one path per user: two servers would clash.
        "control_socket_disable": True,
    }


def gunicorn_server(application, options: dict):
    """A gunicorn arbiter serving ``application``, configured by ``options`` (not started)."""
    from gunicorn.app.base import BaseApplication

    class PacesetterServer(BaseApplication):
        def load_config(self):
            for key, value in options.items():
                # Settings an older gunicorn does not know are left out.
                if value is not None and key in self.cfg.settings:
                    self.cfg.set(key, value)

        def load(self):
            # The application built in this process before the workers fork: WhiteNoise's index
            # of the static files is built once, and the workers share its memory.
            return application

    return PacesetterServer()


def start_worker() -> subprocess.Popen:
    """The background worker (reminders, deliveries, automatic tasks) as a child process."""
    return subprocess.Popen([sys.executable, "-m", "pacesetter.cli", "worker"])


def stop_worker(worker: subprocess.Popen | None, owner: int) -> None:
    """Stop the worker on the way out, gracefully if it will: only in the process that
    started it (gunicorn's forked workers leave through the same code)."""
    if worker is None or os.getpid() != owner or worker.poll() is not None:
        return
    worker.terminate()
    try:
        worker.wait(timeout=WORKER_STOP_SECONDS)
    except subprocess.TimeoutExpired:
        worker.kill()
        worker.wait()


def pick_server(requested: str) -> str:
    if requested == "auto":
        return "waitress" if os.name == "nt" else "gunicorn"
    if requested == "gunicorn" and os.name == "nt":
        raise CommandError("gunicorn does not run on Windows; use --server waitress.")
    return requested


class Command(BaseCommand):
    help = (
        "Serve Pacesetter with its static assets: gunicorn with several worker processes "
        "(waitress, one process with threads, on Windows or with --server waitress)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--server", choices=["auto", "gunicorn", "waitress"], default="auto")
        parser.add_argument(
            "--workers",
            type=int,
            help="worker processes (gunicorn; default: 2 × cores + 1, bounded by memory)",
        )
        parser.add_argument(
            "--threads",
            type=int,
            help=f"threads per worker (default: {THREADS} for gunicorn, {WAITRESS_THREADS} for waitress)",
        )
        parser.add_argument("--access-log", action="store_true", help="log every request")
        parser.add_argument(
            "--no-worker",
            action="store_true",
            help="do not start the background worker (run `pacesetter worker` elsewhere)",
        )

    def handle(self, *args, no_worker: bool = False, **options):
        options["server"] = pick_server(options["server"])  # a refusal starts nothing
        owner = os.getpid()
        worker = None if no_worker else start_worker()
        try:
            self.serve(**options)
        finally:
            stop_worker(worker, owner)

    def serve(self, *, host, port, server, workers, threads, access_log, **options):
        server = pick_server(server)
        # Copies only changed files, so a restart stays quick. Before the application is
        # built: WhiteNoise indexes the static files when its middleware starts.
        call_command("collectstatic", interactive=False, verbosity=0, ignore_patterns=IGNORED)
        from django.core.servers.basehttp import get_internal_wsgi_application
        from django.db import connections

        application = get_internal_wsgi_application()  # settings.WSGI_APPLICATION
        connections.close_all()  # no connection may be shared by forked workers

        if server == "waitress":
            from waitress import serve

            self.stdout.write(f"Pacesetter at http://{host}:{port}/  (data in {settings.HOME})")
            serve(
                application,
                host=host,
                port=port,
                threads=threads or WAITRESS_THREADS,
                ident="pacesetter",
            )
            return
        options = gunicorn_options(
            host=host, port=port, workers=workers, threads=threads, access_log=access_log
        )
        self.stdout.write(
            f"Pacesetter at http://{host}:{port}/  (data in {settings.HOME}; "
            f"{options['workers']} workers × {options['threads']} threads)"
        )
        self.stdout.flush()
        gunicorn_server(application, options).run()
