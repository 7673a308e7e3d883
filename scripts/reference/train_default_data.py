"""Builds the default training data (grader/train/data/train.h5, test.h5) from Fashion-MNIST.

Fashion-MNIST (Zalando SE, MIT licence: grader/train/data/LICENSE.md) is 28x28 greyscale photos of
clothes in ten classes. The task: sneaker (class 7) or not, among shoes (sandal 5, ankle boot 9),
as the course asks cat or not among animals. The files follow the course's HDF5 layout
(APPLICATION.md) with one colour channel: train_set_x uint8 (600, 28, 28, 1), train_set_y int64
(600,), test_set_x (200, 28, 28, 1), test_set_y (200,), list_classes [b"not sneaker", b"sneaker"].

Source: the test split (t10k-images-idx3-ubyte.gz, t10k-labels-idx1-ubyte.gz) as fetched for this
project (the copy of the images file it found holds the first 4,443 of the 10,000 images: a
truncated gzip stream, read here up to its last complete image). The first 800 shoes in file order
are taken: 600 for training, the next 200 for testing.

Usage: python3 scripts/reference/train_default_data.py IMAGES.gz LABELS.gz OUT_DIR
"""
import sys
import zlib

import h5py
import numpy as np

SIDE = 28
POSITIVE = 7  # Sneaker
NEGATIVES = (5, 9)  # Sandal, Ankle boot
TRAIN, TEST = 600, 200


def gunzip_prefix(path):
    """What a (possibly truncated) gzip file decompresses to, up to where it stops."""
    return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(open(path, "rb").read())


def main(images_path, labels_path, out_dir):
    images = gunzip_prefix(images_path)
    labels = gunzip_prefix(labels_path)
    assert int.from_bytes(images[:4], "big") == 2051 and int.from_bytes(labels[:4], "big") == 2049
    n = (len(images) - 16) // (SIDE * SIDE)
    x = np.frombuffer(images[16 : 16 + n * SIDE * SIDE], np.uint8).reshape(n, SIDE, SIDE, 1)
    y = np.frombuffer(labels[8 : 8 + n], np.uint8)
    shoes = np.where(np.isin(y, (POSITIVE,) + NEGATIVES))[0][: TRAIN + TEST]
    assert len(shoes) == TRAIN + TEST, len(shoes)
    for name, rows in (("train", shoes[:TRAIN]), ("test", shoes[TRAIN:])):
        with h5py.File(f"{out_dir}/{name}.h5", "w", libver="earliest") as f:
            f.create_dataset(f"{name}_set_x", data=x[rows])
            f.create_dataset(f"{name}_set_y", data=(y[rows] == POSITIVE).astype(np.int64))
            f.create_dataset("list_classes", data=np.array([b"not sneaker", b"sneaker"], dtype="S11"))
        print(name, len(rows), "images,", int((y[rows] == POSITIVE).sum()), "sneakers")


if __name__ == "__main__":
    main(*sys.argv[1:4])
