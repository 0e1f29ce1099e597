/// A passage's text as read (a paragraph joined from its lines, a footnote without its number, a heading's number
/// and title), kept as a recipe over its source lines rather than as text a second time: the lines it names
/// (`passage.lines`), joined by `\n`, read in order by a JSON array of steps, each a number of bytes to copy (`57`),
/// a number to pass over (`-4`), or a string to write (`" "`).
///
///     raw = "\n".join(lines[n] for n in json.loads(passage.lines)).encode()
///     out, at = b"", 0
///     for step in json.loads(passage.recipe):
///         if isinstance(step, str): out += step.encode()
///         elif step > 0: out += raw[at:at + step]; at += step
///         else: at -= step
///
/// `make` finds the steps by walking both texts and, where they part, the nearest place they meet again; what it
/// cannot align is written whole, and the recipe is kept only where it gives the text back exactly.
enum PassageRecipe {
    /// The recipe giving `text` from `raw`, nil where it would not be shorter than the text itself.
    static func make(text: [UInt8], raw: [UInt8]) -> String? {
        var steps: [Step] = []
        var i = 0, j = 0
        while i < text.count {
            var n = 0
            while i + n < text.count, j + n < raw.count, text[i + n] == raw[j + n] { n += 1 }
            // Where two different characters share their first bytes, the copy stops before them.
            if i + n < text.count { while n > 0, text[i + n] & 0xC0 == 0x80 { n -= 1 } }
            if n > 0 { steps.append(.copy(n)); i += n; j += n; continue }
            guard let (skip, insert) = resync(text, i, raw, j) else {
                steps.append(.write(Array(text[i...]))); break
            }
            if skip > 0 { steps.append(.skip(skip)) }
            if insert > 0 { steps.append(.write(Array(text[i..<(i + insert)]))) }
            i += insert; j += skip
        }
        let recipe = json(steps)
        guard recipe.utf8.count < text.count, apply(recipe, to: raw) == text else { return nil }
        return recipe
    }

    /// The text the recipe gives from `raw`; nil where the recipe does not read (not one made by `make`) or
    /// reaches past the lines.
    static func apply(_ recipe: String, to raw: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = [], at = 0
        let bytes = Array(recipe.utf8)
        var k = 0
        func skipSpaces() { while k < bytes.count, bytes[k] == 0x20 || bytes[k] == 0x2C { k += 1 } }
        guard bytes.first == 0x5B, bytes.last == 0x5D else { return nil }
        k = 1
        while true {
            skipSpaces()
            guard k < bytes.count else { return nil }
            switch bytes[k] {
            case 0x5D:  // ]
                return k == bytes.count - 1 ? out : nil
            case 0x22:  // "…"
                k += 1
                while k < bytes.count, bytes[k] != 0x22 {
                    if bytes[k] == 0x5C, k + 1 < bytes.count {  // \" \\ \n \uXXXX
                        k += 1
                        switch bytes[k] {
                        case 0x6E: out.append(0x0A)
                        case 0x74: out.append(0x09)
                        case 0x72: out.append(0x0D)
                        case 0x75:
                            guard k + 4 < bytes.count, let v = UInt32(String(decoding: bytes[(k + 1)...(k + 4)], as: UTF8.self), radix: 16),
                                  let scalar = Unicode.Scalar(v) else { return nil }
                            out.append(contentsOf: Array(String(Character(scalar)).utf8))
                            k += 4
                        default: out.append(bytes[k])
                        }
                    } else {
                        out.append(bytes[k])
                    }
                    k += 1
                }
                guard k < bytes.count else { return nil }
                k += 1
            default:
                var negative = false, n = 0, digits = 0
                if bytes[k] == 0x2D { negative = true; k += 1 }
                while k < bytes.count, (0x30...0x39).contains(bytes[k]), digits < 10 { n = n * 10 + Int(bytes[k] - 0x30); k += 1; digits += 1 }
                guard digits > 0, n > 0 else { return nil }
                if negative {
                    at += n
                } else {
                    guard at + n <= raw.count else { return nil }
                    out.append(contentsOf: raw[at..<(at + n)])
                    at += n
                }
                guard at <= raw.count else { return nil }
            }
        }
    }

    private enum Step { case copy(Int), skip(Int), write([UInt8]) }

    /// How many bytes of `raw` to pass over and of `text` to write before the two agree again for `agree` bytes (or
    /// to the text's end): the fewest in all, at most `reach` of each.
    private static func resync(_ text: [UInt8], _ i: Int, _ raw: [UInt8], _ j: Int, reach: Int = 48, agree: Int = 4) -> (skip: Int, insert: Int)? {
        for total in 1...(2 * reach) {
            for insert in max(0, total - reach)...min(total, reach) {
                let skip = total - insert
                let ti = i + insert, rj = j + skip
                guard ti <= text.count, rj <= raw.count else { continue }
                // Both at a character's start: a write step holds whole characters.
                if ti < text.count, text[ti] & 0xC0 == 0x80 { continue }
                if rj < raw.count, raw[rj] & 0xC0 == 0x80 { continue }
                let need = min(agree, text.count - ti)
                if need == 0 { return (skip, insert) }
                guard rj + need <= raw.count else { continue }
                var same = true
                for m in 0..<need where text[ti + m] != raw[rj + m] { same = false; break }
                if same { return (skip, insert) }
            }
        }
        return nil
    }

    private static func json(_ steps: [Step]) -> String {
        var out = "["
        for (k, step) in steps.enumerated() {
            if k > 0 { out += "," }
            switch step {
            case .copy(let n): out += String(n)
            case .skip(let n): out += "-" + String(n)
            case .write(let bytes): out += quoted(bytes)
            }
        }
        return out + "]"
    }

    /// A JSON string of the bytes written (they may cut a character in two: escaped bytes are never needed, since a
    /// step writes whole characters or the recipe is not kept).
    private static func quoted(_ bytes: [UInt8]) -> String {
        var out = "\""
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case _ where scalar.value < 0x20: out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
