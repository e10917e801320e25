# The entry module runs as __main__.
def main():
    print("running", __name__)
    return 0


if __name__ == "__main__":
    main()
print(__name__ == "__main__", len(__name__))
