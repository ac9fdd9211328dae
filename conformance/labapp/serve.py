"""Serves the JupyterLab page that webpack.config.js builds, with Debian's
jupyterlab_server, on top of jupyter_server.

Usage: python3 serve.py [jupyter_server options], for instance
    python3 serve.py --port=8888 --ServerApp.token=secret \
        --GogilLabApp.user_settings_dir=/tmp/s \
        --GogilLabApp.workspaces_dir=/tmp/w

The build is read from $GOGIL_LABAPP_BUILD, else build/ here.

jupyterlab_server's LabServerApp is the part of JupyterLab that renders the
page and serves its settings, themes and workspaces; JupyterLab's own
Python package adds only its build system and extension manager. The page
opens at /lab; the rest is jupyter_server's usual REST API and websockets.
"""

import os

from jupyterlab_server import LabServerApp

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = os.path.abspath(os.environ.get("GOGIL_LABAPP_BUILD") or os.path.join(HERE, "build"))


class GogilLabApp(LabServerApp):
    name = "gogil_labapp"
    app_name = "gogil lab app"
    load_other_extensions = False
    app_url = "/lab"
    default_url = "/lab"
    # These are not configurable options of LabServerApp, hence the
    # environment variable.
    static_dir = BUILD
    schemas_dir = os.path.join(BUILD, "schemas")
    themes_dir = os.path.join(BUILD, "themes")
    app_settings_dir = os.path.join(BUILD, "application_settings")
    templates_dir = os.path.join(HERE, "templates")


def _jupyter_server_extension_points():
    # jupyter_server finds the app to start through this module function.
    return [{"module": __name__, "app": GogilLabApp}]


if __name__ == "__main__":
    GogilLabApp.launch_instance()
