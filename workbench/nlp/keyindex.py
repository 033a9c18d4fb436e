"""Where each of a batch of 64-bit keys (spaCy string hashes) sits in a fixed set, with numpy.

``np.searchsorted`` answers that too, but a binary search over unsorted queries mispredicts a branch
at nearly every step (~40 ns a query); a hash table with open addressing answers with a few gathers
(~5 ns). Used for the cue phrases, the words before them and the grammatical tags of every token.
"""

from __future__ import annotations

import numpy as np

_MULTIPLIERS = (0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93)


class KeyIndex:
    """Exact position of uint64 keys in ``keys`` (-1 if absent): multiplicative hashing, linear probing.

    The table has at least eight slots a key, and of a few multipliers the one with the shortest
    longest probe sequence is kept. A look-up probes every value's home slot at once, then only
    the few values whose home slot holds another key probe on.
    """

    def __init__(self, keys: np.ndarray) -> None:
        keys = np.asarray(keys, dtype=np.uint64)
        self.size = len(keys)
        bits = max(4, (8 * max(1, len(keys)) - 1).bit_length())
        self._shift = np.uint64(64 - bits)
        self._mask = (1 << bits) - 1
        mask = self._mask
        best: tuple[int, np.uint64, list[int], list[int]] | None = None
        for multiplier in _MULTIPLIERS:
            mult = np.uint64(multiplier)
            slot_keys = [0] * (1 << bits)
            slot_pos = [-1] * (1 << bits)
            probes = 1
            home = ((keys * mult) >> self._shift).astype(np.int64).tolist()
            for position, (key, slot) in enumerate(zip(keys.tolist(), home, strict=True)):
                step = 0
                while slot_pos[(slot + step) & mask] >= 0:
                    if slot_keys[(slot + step) & mask] == key:
                        raise ValueError("KeyIndex keys must be unique")
                    step += 1
                slot_keys[(slot + step) & mask] = key
                slot_pos[(slot + step) & mask] = position
                probes = max(probes, step + 1)
            if best is None or probes < best[0]:
                best = (probes, mult, slot_keys, slot_pos)
            if probes == 1:
                break
        assert best is not None
        self._probes, self._mult = best[0], best[1]
        self._keys = np.array(best[2], dtype=np.uint64)
        self._pos = np.array(best[3], dtype=np.int64)

    def lookup(self, values: np.ndarray) -> np.ndarray:
        """The position in ``keys`` of each of ``values`` (uint64), -1 where a value is not a key."""
        values = np.asarray(values, dtype=np.uint64)
        home = ((values * self._mult) >> self._shift).astype(np.intp)
        at_home = self._pos[home]
        found = np.where(self._keys[home] == values, at_home, -1)
        if self._probes > 1:
            pending = np.flatnonzero((found < 0) & (at_home >= 0))
            for step in range(1, self._probes):
                if not pending.shape[0]:
                    break
                slot = (home[pending] + step) & self._mask
                hit = self._keys[slot] == values[pending]
                found[pending[hit]] = self._pos[slot[hit]]
                pending = pending[~hit & (self._pos[slot] >= 0)]
        return found

    def contains(self, values: np.ndarray) -> np.ndarray:
        """Whether each of ``values`` is a key."""
        return self.lookup(values) >= 0
