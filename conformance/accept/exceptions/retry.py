# Retrying a flaky computation: exceptions decide the control flow of a loop.
class TransientError(Exception):
    pass


class FatalError(Exception):
    pass


def attempt(job, n):
    code = (job * 7 + n * 3) % 5
    if code == 0:
        raise TransientError(f"job {job} busy on try {n}")
    if code == 4 and n > 1:
        raise FatalError("job", job)
    return job * 100 + n


def run_job(job, tries):
    last = None
    for n in range(tries):
        try:
            return attempt(job, n)
        except TransientError as e:
            print("retry:", e)
            last = str(e)
            continue
        except FatalError as e:
            print("fatal:", e.args)
            break
        finally:
            print("attempt", job, n, "finished")
    return -1 if last is None else len(last)


totals = [run_job(j, 3) for j in range(6)]
print(totals, sum(totals))


def first_ok(jobs):
    for j in jobs:
        try:
            v = attempt(j, 0)
        except (TransientError, FatalError):
            continue
        else:
            return j, v
    raise LookupError("no job succeeded")


print(first_ok([5, 0, 1, 2]))
try:
    print(first_ok([0, 5]))
except LookupError as e:
    print("lookup:", e)
