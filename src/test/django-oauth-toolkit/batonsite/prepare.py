"""Creates the tests' user and clients (run by `manage.py shell` after `migrate`)."""
from django.contrib.auth.models import User
from oauth2_provider.models import Application

user = User.objects.create_user("baton-user", "baton-user@example.test", "baton-password-8")
user.is_staff = True
user.save()
for client_id, client_type, secret in [("baton-public-client", Application.CLIENT_PUBLIC, ""),
                                       ("baton-confidential-client", Application.CLIENT_CONFIDENTIAL,
                                        "baton-confidential-secret-9876543210")]:
    Application.objects.create(client_id=client_id, client_type=client_type, client_secret=secret,
                               authorization_grant_type=Application.GRANT_AUTHORIZATION_CODE,
                               redirect_uris="https://baton.test/oauth/callback", name="Baton Tests", user=user,
                               skip_authorization=False)
print("prepared")
