#!/usr/bin/env python3
"""Django's command-line utility for the Django OAuth Toolkit site the tests sign in at."""
import os
import sys

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "batonsite.settings")
    from django.core.management import execute_from_command_line
    execute_from_command_line(sys.argv)
