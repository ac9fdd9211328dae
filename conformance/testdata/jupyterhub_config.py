# JupyterHub 3 configuration for gogil on one machine: the one
# conformance/hub_test.go runs, and the one README.md shows. Debian's
# jupyterhub and its configurable-http-proxy serve it as they are.
#
# The test passes its paths in GOGIL_HUB_* variables; a real hub writes
# them in here instead.
import os

from jupyterhub.auth import DummyAuthenticator
from jupyterhub.spawner import SimpleLocalProcessSpawner

root = os.environ["GOGIL_HUB_ROOT"]

c = get_config()  # noqa: F821 (JupyterHub provides it)

# Everything on loopback. The test gives free ports on the command line
# (--JupyterHub.bind_url, --JupyterHub.hub_port,
# --ConfigurableHTTPProxy.api_url); a hub of its own keeps the defaults
# 8000 (users), 8081 (hub) and 8001 (the proxy's REST API) or sets them here.
c.JupyterHub.bind_url = "http://127.0.0.1:8000"
c.JupyterHub.hub_ip = "127.0.0.1"
c.ConfigurableHTTPProxy.pid_file = os.path.join(root, "proxy.pid")
# Debian's configurable-http-proxy loads its modules from /usr/share/nodejs:
# Debian's node looks there by itself, NodeSource's node (the one JupyterLab
# builds need) only through NODE_PATH, which the proxy inherits.
if os.path.isdir("/usr/share/nodejs"):
    node_path = [p for p in os.environ.get("NODE_PATH", "").split(":") if p]
    os.environ["NODE_PATH"] = ":".join(node_path + ["/usr/share/nodejs"])
c.JupyterHub.db_url = "sqlite:///" + os.path.join(root, "jupyterhub.sqlite")
c.JupyterHub.cookie_secret_file = os.path.join(root, "cookie_secret")

# A test authenticator: any listed user, one shared password. A class
# uses its real login (PAM, OAuth, LDAP) instead; nothing below changes.
c.JupyterHub.authenticator_class = DummyAuthenticator
c.DummyAuthenticator.password = os.environ["GOGIL_HUB_PASSWORD"]
c.Authenticator.allowed_users = set(os.environ["GOGIL_HUB_USERS"].split(","))

# Local processes. SimpleLocalProcessSpawner runs every user's server as
# the hub's own Unix user, each in its own home folder: no system accounts
# needed, and no isolation between users either, so it is for tests only.
# A real single-machine hub uses LocalProcessSpawner (one Unix account a
# user) or SystemdSpawner; the kernelspec works unchanged under both.
c.JupyterHub.spawner_class = SimpleLocalProcessSpawner
c.SimpleLocalProcessSpawner.home_dir_template = os.path.join(root, "home", "{username}")
# The single-user servers run in the hub's Python environment, whose
# share/jupyter is where `gogil install --sys-prefix` put the kernelspec.
c.Spawner.cmd = [os.environ["GOGIL_HUB_PYTHON"], "-m", "jupyterhub.singleuser"]
# The test runs as root in CI; jupyter_server refuses root without this.
c.Spawner.args = ["--allow-root"]
c.Spawner.start_timeout = 60
c.Spawner.http_timeout = 60
