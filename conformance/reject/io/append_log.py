def log(message, mode="a"):
    handle = open("run.log", mode)  # expect-error: unsupported-io
    handle.write(message + "\n")
    handle.close()


log("started")
print("done")
