#!/usr/bin/env python3
"""Writes blind set 3: NNN-slug.eml and NNN-slug.json (labels, format in
../../blind_test.go). Run from anywhere: python3 make_blind3.py"""
import glob
import os

from gen_lib import HERE
import mails_posk3
import mails_ern3

for f in glob.glob(os.path.join(HERE, "[0-9][0-9][0-9]-*")):
    os.remove(f)
mails_posk3.gen()
mails_ern3.gen()
print(len(glob.glob(os.path.join(HERE, "*.eml"))), "mails")
