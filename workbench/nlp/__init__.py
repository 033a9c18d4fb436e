"""Russian and English NLP: the only package that imports spaCy."""
