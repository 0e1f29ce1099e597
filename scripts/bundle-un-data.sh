#!/usr/bin/env bash
# Makes Data/un-data, the UN data shipped with repertoire, from a clone of the UN's UNxml/SCresolutions repository:
#   scripts/bundle-un-data.sh PATH-TO-SCresolutions [REPERTOIRE-BINARY]
# It copies every year's data_extract and the English texts of the drafts not adopted as published, and writes the
# presidential statements' index with `repertoire official --format tsv` (3 MB in all).
set -euo pipefail
source_tree=${1:?the path of a UNxml/SCresolutions clone}
binary=${2:-.build/release/repertoire}
out=Data/un-data
rm -rf "$out" && mkdir -p "$out/data_extract" "$out/Not adopted/English"
cp "$source_tree"/data_extract/*.json "$out/data_extract/"
cp "$source_tree/Not adopted/English/"*.xml "$out/Not adopted/English/"
"$binary" official "$source_tree/PRST" --format tsv > "$out/presidential-statements.tsv" 2>/dev/null || true
commit=$(cat "$source_tree/SOURCE-COMMIT" 2>/dev/null || git -C "$source_tree" log -1 --format='%H %cd' 2>/dev/null || echo unknown)
cat > "$out/SOURCE.md" <<SOURCE
# Source

United Nations, Security Council resolutions data (UNxml/SCresolutions, https://github.com/UNxml/SCresolutions),
commit $commit: \`data_extract/*.json\` and \`Not adopted/English/*.xml\` as published, errors included;
\`presidential-statements.tsv\` is repertoire's index of \`PRST/\` (\`repertoire official PRST --format tsv\`).
Made by \`scripts/bundle-un-data.sh\`. Source: the United Nations.
SOURCE
echo "$out: $(find "$out" -type f | wc -l) files, $(du -sh "$out" | cut -f1)"
