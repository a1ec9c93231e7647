from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

# Only the browser builds of the front-end packages are served.
IGNORED = ["*.map", "*.ts", "*esm*", "*.cjs*", "*.amd*", "extension*"]


class Command(BaseCommand):
    help = "Serve Pacesetter with its static assets (waitress, threads)."

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--threads", type=int, default=8)

    def handle(self, *args, host, port, threads, **options):
        from waitress import serve

        # Copies only changed files, so a restart stays quick. Before the application is
        # built: WhiteNoise indexes the static files when its middleware starts.
        call_command("collectstatic", interactive=False, verbosity=0, ignore_patterns=IGNORED)
        from django.core.servers.basehttp import get_internal_wsgi_application

        application = get_internal_wsgi_application()  # settings.WSGI_APPLICATION

        self.stdout.write(f"Pacesetter at http://{host}:{port}/  (data in {settings.HOME})")
        serve(application, host=host, port=port, threads=threads, ident="pacesetter")
