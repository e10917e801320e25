class Session:
    def __init__(self, user, token):
        self.user = user
        self.token = token

    def logout(self):
        del self.token  # expect-error: attribute-assignment
        return self


print(Session("ada", "t0k3n").logout().user)
