# From a try/except divergence hunt: a program in the style of users' code.
tries = 0
while tries < 5:
    tries = tries + 1
    try:
        if tries < 3:
            raise ConnectionError("timeout")
        print("connected on", tries)
        break
    except ConnectionError as e:
        print("retry", tries, e)
    finally:
        print("attempt done", tries)
else:
    print("never connected")
