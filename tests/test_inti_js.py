"""The browser core (storage.js) under Node: the helpers every page script now shares."""

from __future__ import annotations

from nodejs import run_node

# A document just large enough for el() and download(): elements are plain objects.
FAKE_DOCUMENT = (
    "const made = []; const blobs = [];"
    "global.document = { createElement: (tag) => {"
    " const node = { tag, click() { made.push(node); } }; return node; } };"
    "global.Blob = class { constructor(parts, options) {"
    " blobs.push([parts.join(''), options.type]); } };"
    "URL.createObjectURL = () => 'blob:uji'; URL.revokeObjectURL = () => {};"
    "const core = load('storage.js');"
)


def test_el_writes_zero_and_empty_text_but_not_null_or_undefined():
    texts = run_node(
        FAKE_DOCUMENT + "return [0, '', 'teks', null, undefined].map((t) => {"
        " const node = core.el('td', 'sel', t); return [node.className, 'textContent' in node ?"
        " node.textContent : '(tidak ada)']; });",
        None,
    )
    assert texts == [
        ["sel", "0"],
        ["sel", ""],
        ["sel", "teks"],
        ["sel", "(tidak ada)"],
        ["sel", "(tidak ada)"],
    ]


def test_download_names_the_file_and_gives_a_csv_exactly_one_byte_order_mark():
    files = run_node(
        FAKE_DOCUMENT + "core.download('a.csv', 'text/csv;charset=utf-8', 'x;y\\r\\n');"
        "core.download('b.csv', 'text/csv;charset=utf-8', '\\ufeffx;y\\r\\n');"
        "core.download('c.json', 'application/json', '{}');"
        "return { names: made.map((link) => link.download), blobs };",
        None,
    )
    assert files["names"] == ["a.csv", "b.csv", "c.json"]
    assert files["blobs"] == [
        ["\ufeffx;y\r\n", "text/csv;charset=utf-8"],
        ["\ufeffx;y\r\n", "text/csv;charset=utf-8"],
        ["{}", "application/json"],
    ]


def test_shuffle_is_fisher_yates_with_the_given_draws():
    # Draws 0 always swap the last unshuffled item with the first: [1,2,3,4] -> [2,3,4,1].
    result = run_node(
        "const core = load('storage.js');"
        "return [core.shuffle([1, 2, 3, 4], () => 0), core.shuffle([1, 2, 3, 4], () => 0.999)];",
        None,
    )
    assert result == [[2, 3, 4, 1], [1, 2, 3, 4]]
