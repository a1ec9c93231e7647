from pacesetter.notifications.tests.robot_server import robot_server  # noqa: F401 (a fixture)
