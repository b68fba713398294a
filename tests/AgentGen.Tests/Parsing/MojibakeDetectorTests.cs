using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using AgentGen.Parsing;
using Xunit;

namespace AgentGen.Tests.Parsing;

/// <summary>The mojibake detector and its reporting policy: what they find, what they repair, and the real text they leave alone.</summary>
public sealed class MojibakeDetectorTests
{
    public static TheoryData<string, int, int, string, string> Damaged => new()
    {
        // Windows-1252: two-, three- and four-byte sequences, at the start, inside and at the end of the text.
        { "cafÃ©", 3, 2, "é", "Windows-1252" },
        { "donâ€™t", 3, 3, "’", "Windows-1252" },
        { "ðŸ”§ Fix", 0, 4, "🔧", "Windows-1252" },
        { "Done âœ…", 5, 3, "✅", "Windows-1252" },
        { "â”œâ”€â”€ src/", 0, 9, "├──", "Windows-1252" },
        { "1920Ã—1080", 4, 2, "×", "Windows-1252" },
        { "Copyright Â© 2024", 10, 2, "©", "Windows-1252" },
        { "Ã‰tat", 0, 2, "É", "Windows-1252" },
        // 9D is undefined in Windows-1252: Windows keeps it as U+009D.
        { "â\u009DŒ Wrong", 0, 3, "❌", "Windows-1252" },

        // A whole word, a ZWJ sequence, an emoji with its variation selector: one run each.
        { "Say Ð¿Ñ€Ð¸Ð²ÐµÑ‚ twice", 4, 12, "привет", "Windows-1252" },
        { "Read æ—¥æœ¬èªž", 5, 9, "日本語", "Windows-1252" },
        { "zaÅ¼Ã³Å‚Ä‡ gęślą", 2, 8, "żółć", "Windows-1252" },
        { "Viá»‡t", 2, 3, "ệ", "Windows-1252" },
        { "Å\u0081Ã³dka", 0, 4, "Łó", "Windows-1252" },
        { "ðŸ‘¨â€\u008DðŸ’» dev", 0, 11, "👨\u200D💻", "Windows-1252" },
        { "âš\u00A0ï¸\u008F Careful", 0, 6, "⚠\uFE0F", "Windows-1252" },

        // 'Â' ends no word, so 'Â' and a no-break space are damage though the repair is invisible.
        { "wÂ\u00A0nich", 1, 2, "\u00A0", "Windows-1252" },

        // ISO-8859-1: C1 controls where Windows-1252 has characters.
        { "donâ\u0080\u0099t", 3, 3, "’", "ISO-8859-1" },
        { "ð\u009F\u0094§ Fix", 0, 4, "🔧", "ISO-8859-1" },
        { "GrÃ¶Ã\u009Fe", 2, 4, "öß", "ISO-8859-1" },

        // Mac Roman: sequences led by '‚' (E2) or the Apple logo (F0) stand alone; others come as whole words.
        { "‚Üí Next", 0, 3, "→", "Mac Roman" },
        { "Coverage ‚â•80%", 9, 3, "≥", "Mac Roman" },
        { "‚îú‚îÄ‚îÄ src/", 0, 9, "├──", "Mac Roman" },
        { "don‚Äôt", 3, 3, "’", "Mac Roman" },
        { "Fix \uF8FFüîß", 4, 4, "🔧", "Mac Roman" },
        { "Say –ü—Ä–∏–≤–µ—Ç", 4, 12, "Привет", "Mac Roman" },
    };

    [Theory]
    [MemberData(nameof(Damaged))]
    public void FindsAndRepairsOneRun(string text, int start, int length, string repaired, string encoding)
    {
        var run = Assert.Single(Find(text));
        Assert.Equal((start, length, repaired, encoding), (run.Start, run.Length, run.Repaired, run.EncodingName));
        Assert.Equal(text.Substring(start, length), run.Damaged);
    }

    [Fact]
    public void RunsAreMaximalAndInOrder()
    {
        var runs = Find("Ã‰tÃ© Ã\u00A0 Viá»‡t, â€œquotedâ€\u009D");
        Assert.Equal(
            new[] { ("Ã‰", "É"), ("Ã©", "é"), ("Ã\u00A0", "à"), ("á»‡", "ệ"), ("â€œ", "“"), ("â€\u009D", "”") },
            runs.Select(r => (r.Damaged, r.Repaired)));
        Assert.Equal(runs.OrderBy(r => r.Start).Select(r => r.Start), runs.Select(r => r.Start));
    }

    [Fact]
    public void ARunDoesNotMixWindows1252AndIso88591()
    {
        // 'â€' is Windows-1252 and '\u0099' is ISO-8859-1: no single encoding explains '’' here.
        Assert.Empty(Find("donâ€\u0099t"));

        var runs = Find("Ã\u0089tÃ©");
        Assert.Equal(new[] { MojibakeEncoding.Latin1, MojibakeEncoding.Windows1252 }, runs.Select(r => r.Encoding));
    }

    [Fact]
    public void MacRomanRestoresADroppedAppleLogoLead()
    {
        // F0 9F 94 A7 read as Mac Roman is U+F8FF 'üîß'; tools drop the private-use logo and leave the three continuation bytes.
        var runs = Find("üîß Backend ‚Üí API 🚀 and üöÄ");
        Assert.Equal(new[] { ("üîß", "🔧", 0), ("‚Üí", "→", 12), ("üöÄ", "🚀", 27) }, runs.Select(r => (r.Damaged, r.Repaired, r.Start)));
        Assert.All(runs, r => Assert.Equal(MojibakeEncoding.MacRoman, r.Encoding));
    }

    [Fact]
    public void MacRomanWeakCandidatesNeedStrongMacRomanDamageBeside()
    {
        // Alone, a dropped lead or an accented letter may be real text: Turkish 'üçü' after a dropped F0 is F0 9F 8D 9F, 🍟.
        Assert.Empty(Find("üîß Backend"));
        Assert.Empty(Find("Üçüncü dosya hazır, üçü de güçlü; üçüncü kez."));
        Assert.Empty(Find("caf√©"));

        // Two accented letters confirm each other; two dropped leads do not.
        Assert.Equal(new[] { "ł", "ó" }, Find("Przyk≈Çady: wyb√≥r").Select(r => r.Repaired));

        // Beside '‚Üí' they are damage too; formulas and a dash before a letter stay real text.
        var runs = Find("caf√© ‚Üí √π, ∆°C, —à la, ¬±1");
        Assert.Equal(new[] { ("√©", "é"), ("‚Üí", "→"), ("¬±", "±") }, runs.Select(r => (r.Damaged, r.Repaired)));
    }

    [Fact]
    public void AWordsLastLetterAndClosingMarksStaySilentButTheSameInsideAWordIsFound()
    {
        Assert.Empty(Find("“MAÇÃ”, “IRMÃ…”, “café…”, «\u00A0café\u00A0», «Å», NAÏ…"));
        Assert.Equal(
            new[] { "Ó", "Ñ", "à", "×", "ø" },
            Find("DIRETÃ“RIO, ESPAÃ‘A, voilÃ\u00A0, 3Ã—4, KÃ¸benhavn").Select(r => r.Repaired));
    }

    [Fact]
    public void LooksOnlyInsideTheRange()
    {
        var text = "Ã© and Ã©";
        Assert.Equal(new[] { 7 }, MojibakeDetector.Find(text, 2, text.Length).Select(r => r.Start));
        Assert.Empty(MojibakeDetector.Find(text, 0, 1));
        Assert.Empty(MojibakeDetector.Find(text, 8, text.Length));
    }

    [Fact]
    public void MessagePartsReadAsPlanned()
    {
        var run = Find("üîß Backend ‚Üí API")[0];
        Assert.Equal(
            "'üîß' is '🔧' (UTF-8 read as Mac Roman)",
            $"'{run.Damaged}' is '{run.Repaired}' (UTF-8 read as {run.EncodingName})");
        Assert.Equal("Windows-1252", Assert.Single(Find("cafÃ©")).EncodingName);
        Assert.Equal("ISO-8859-1", Assert.Single(Find("donâ\u0080\u0099t")).EncodingName);
    }

    [Theory]
    [InlineData(1252, "Windows-1252")]
    [InlineData(28591, "ISO-8859-1")]
    [InlineData(10000, "Mac Roman")]
    public void TablesAgreeWithDotnetCodePages(int codePage, string name)
    {
        var encoding = CodePage(codePage);
        for (var b = 0x80; b <= 0xFF; b++)
        {
            var c = encoding.GetString(new[] { (byte)b }).Single();
            var found = codePage == 10000
                ? SingleByteEncodings.TryGetMacRomanByte(c, out var value)
                : SingleByteEncodings.TryGetWesternByte(c, out value, out _);
            Assert.True(found && value == b, $"{name} byte {b:X2} is U+{(int)c:X4}");
        }
    }

    /// <summary>Paragraphs without one-letter words, and with a dash: Mac Roman repairs lone accented letters only beside strong damage.</summary>
    public static TheoryData<string> RoundTrips => new()
    {
        "Привет, мир! Этот агент проверяет изменения кода.",
        "日本語のテキスト、「重要」な指摘。中文文本，简体中文。",
        "한국어 텍스트입니다.",
        "Ελληνικά: αλφάβητο, ταχύτητα.",
        "Zażółć gęślą jaźń — příliš žluťoučký kůň úpěl ďábelské ódy.",
        "Größe, Übergröße, Straße — café, déjà vu, naïve, garçon; São Paulo, coração; Tiếng Việt, Nguyễn.",
        "Don’t “quote” me — it’s… ├── src/ → ≥ 80% ✅ ❌ 🔧 🎯 👍🏽 🇫🇷 👨‍💻 € ™ © ±",
    };

    [Theory]
    [MemberData(nameof(RoundTrips))]
    public void RepairsWholeDamagedParagraphs(string original)
    {
        foreach (var codePage in new[] { 1252, 28591, 10000 })
        {
            var damaged = CodePage(codePage).GetString(Encoding.UTF8.GetBytes(original));
            Assert.Equal(original, Repair(damaged));
        }
    }

    [Fact]
    public void SeedHasEveryDamagedLineFound()
    {
        var text = File.ReadAllText(RepositoryFile("samples/AgentGen.Sample/.claude/agents/fullstack/backend-dev.md"));
        var expected = new (int Line, int Column, string Damaged, string Repaired, int RunsOnLine)[]
        {
            // The emoji lines keep the Apple logo, U+F8FF, that Mac Roman reads F0 as: invisible in most fonts.
            (10, 1, "\uF8FFüîß", "🔧", 1),
            (16, 1, "\uF8FFüîß", "🔧", 1),
            (19, 4, "\uF8FFüéØ", "🎯", 1),
            (147, 4, "\uF8FFüìù", "📝", 1),
            (159, 1, "‚îú‚îÄ‚îÄ", "├──", 1),
            (160, 1, "‚îÇ", "│", 2),
            (161, 1, "‚îÇ", "│", 3),
            (162, 1, "‚îÇ", "│", 3),
            (163, 1, "‚îÇ", "│", 3),
            (164, 1, "‚îÇ", "│", 2),
            (165, 1, "‚îÇ", "│", 3),
            (166, 1, "‚îÇ", "│", 3),
            (167, 1, "‚îÇ", "│", 3),
            (168, 1, "‚îÇ", "│", 2),
            (169, 1, "‚îÇ", "│", 3),
            (170, 1, "‚îÇ", "│", 3),
            (171, 1, "‚îÇ", "│", 3),
            (172, 1, "‚îÇ", "│", 2),
            (173, 1, "‚îÇ", "│", 2),
            (174, 1, "‚îÇ", "│", 2),
            (175, 1, "‚îú‚îÄ‚îÄ", "├──", 1),
            (176, 1, "‚îî‚îÄ‚îÄ", "└──", 1),
            (192, 3, "‚ùå", "❌", 1),
            (200, 3, "‚úÖ", "✅", 1),
            (287, 31, "‚â•", "≥", 1),
            (485, 18, "‚Üí", "→", 1),
            (486, 23, "‚Üí", "→", 1),
            (487, 18, "‚Üí", "→", 1),
            (585, 23, "‚â•", "≥", 1),
            (645, 17, "‚â•", "≥", 1),
        };

        var runs = Find(text);
        Assert.All(runs, r => Assert.Equal(MojibakeEncoding.MacRoman, r.Encoding));
        var byLine = runs.GroupBy(r => LineAndColumn(text, r.Start).Line)
            .Select(g => (g.Key, LineAndColumn(text, g.First().Start).Column, g.First().Damaged, g.First().Repaired, g.Count()));
        Assert.Equal(expected, byLine);

        var report = MojibakeReport.Create(text);
        Assert.Equal(expected.Take(MojibakeReport.MaxLines), report.Findings.Select(f => (f.Line, f.Column, f.Run.Damaged, f.Run.Repaired, f.RunsOnLine)));
        Assert.Equal((25, 160), (report.MoreLines, report.FirstMoreLine));
    }

    [Theory]
    [InlineData("fullstack")]
    [InlineData("enterprise")]
    [InlineData("studio")]
    [InlineData("tooling")]
    public void OtherSeedsAreClean(string folder)
    {
        Assert.Empty(Reports(RepositoryFile($"samples/AgentGen.Sample/.claude/agents/{folder}/backend-developer.md")));
    }

    [SkippableFact]
    public void CorpusIsClean()
    {
        var corpus = Path.GetFullPath(Path.Combine(RepositoryFile("."), "..", "shared", "corpus"));
        Skip.IfNot(Directory.Exists(corpus), $"the shared corpus was not found at {corpus}");
        var files = Directory.EnumerateFiles(corpus, "*.md", SearchOption.AllDirectories).ToList();
        Assert.True(files.Count >= 170, $"{files.Count} files in {corpus}");
        Assert.Empty(files.SelectMany(Reports));
    }

    public static TheoryData<string, string> Prose => new()
    {
        { "Japanese", "このエージェントは、リポジトリ内のコードを読み、変更点を確認してから、簡潔なレビューを日本語で返します。「重要」な指摘は必ず最初に書いてください。" },
        { "Chinese", "这个代理负责审查代码变更，并在发现安全问题时立即提醒团队。请用简体中文回答，保持简洁、准确。請使用繁體中文回覆，並附上檔案路徑與行號。" },
        { "Korean", "이 에이전트는 데이터베이스 스키마를 검토하고, 성능 문제를 찾아 한국어로 설명합니다. 모든 답변은 간결해야 합니다." },
        { "Russian", "Этот агент проверяет изменения в коде, ищет уязвимости и отвечает по-русски. Ёлки-палки, не забудьте про тесты — и про «кавычки»!" },
        { "Greek", "Ο πράκτορας ελέγχει τον κώδικα και απαντά στα ελληνικά. Η ταχύτητα είναι σημαντική, αλλά η ακρίβεια είναι πιο σημαντική." },
        { "Arabic", "يقوم هذا الوكيل بمراجعة الشيفرة البرمجية واقتراح تحسينات للأداء، ويجيب باللغة العربية الفصحى. این عامل کد را بررسی می‌کند." },
        { "Hebrew", "הסוכן הזה בודק שינויים בקוד ומחזיר סיכום קצר בעברית, כולל הערות על אבטחה." },
        { "Hindi", "यह एजेंट कोड में बदलावों की समीक्षा करता है और हिंदी में संक्षिप्त उत्तर देता है। धन्यवाद!" },
        { "Thai", "เอเจนต์นี้ตรวจสอบโค้ดและตอบเป็นภาษาไทยอย่างกระชับ" },
        { "French", "L’agent relit le code, vérifie la sécurité et répond en français. «\u00A0Voilà\u00A0!\u00A0» dit-il, à la fois naïf et précis\u00A0: déjà vu, café crème, Noël, cœur, œuvre, où, août. ÇA VA\u202F? À bientôt\u00A0! Il a dit «\u00A0café\u00A0» puis «\u00A0thé\u00A0». “Le café…” — l’été à Paris, là-bas. HAÏ\u00A0! OÙ\u00A0?" },
        { "German", "Der Agent prüft Änderungen am Code und antwortet auf Deutsch. Größe, Maß, Straße, Übergröße, ÄRGER, ÖL, ÜBER. „Viele Grüße“, sagte er, „mit freundlichem Gruß“… Die Lösung ist schön, ‚Äpfel‘ und ‚Öl‘." },
        { "Spanish", "El agente revisa el código y responde en español. ¿Qué pasó? ¡Allá voy! «Está bien», dijo. Mañana, niño, canción, pingüino, «allá»… AÑO NUEVO, “MAMÁ”." },
        { "Portuguese", "O agente revisa o código e responde em português. São Paulo, coração, informação, irmã, maçã, pão, ação. “MAÇÃ”, IRMÃ… CIDADÃ — ALEMÃ." },
        { "Polish", "Agent przegląda zmiany w kodzie i odpowiada po polsku. Zażółć gęślą jaźń. Łódź, Kraków, Gdańsk, źródło, ŁÓDŹ, Żółw." },
        { "Czech", "Agent kontroluje změny v kódu a odpovídá česky. Příliš žluťoučký kůň úpěl ďábelské ódy. Řeka, Šťastný, Žižkov, ČESKÁ." },
        { "Turkish", "Ajan koddaki değişiklikleri inceler ve Türkçe yanıt verir. Üçüncü dosya hazır, üçü de güçlü; güçü yetmez. İstanbul, Iğdır, ÇĞİÖŞÜ, çğıöşü." },
        { "Vietnamese", "Tác nhân này xem xét các thay đổi trong mã và trả lời bằng tiếng Việt. Nguyễn Văn An, Hà Nội, Đà Nẵng, cảm ơn, Châu Âu." },
        { "Nordic", "Å være eller ikke være. Vi bor på Å i Lofoten. Smörgåsbord, Ærø, Øresund, «Å», PÅ SØNDAG, Þórður og Guðrún." },
        { "Other Latin", "Științele și învățământul în România; col·laboració; Árvíztűrő tükörfúrógép; mynd â’r ci; Ñandú, ÑANDÚ." },
        { "Emoji", "🔧 🎯 📝 ✅ ❌ ⚠️ 🚀 👍🏽 👨‍👩‍👧‍👦 🏳️‍🌈 🇫🇷 1️⃣ ❤️ 🟡 🟢 🔴 ⭐ ⚡ 💡" },
        { "Box drawing", "├── src/\n│   └── main.cs\n┌─┬─┐ ╔═╗ ━━━ ▼ □ ■ ▸ ◊ ●" },
        { "Math", "≤ ≥ ∑ √2 √π ∞ × ÷ ± ≈ ≠ ∆T ∆°C π Ω ◊ ∫ ∂ µs ≈µs 2×3 ½ ¼ ¾ x² m³ ‰ ε δ ℝ ∀ ∃ ∈ −1 ≡ ∝ √∞ π² ∑π" },
        { "Arrows and currency", "→ ← ↑ ↓ ↔ ⇒ ➜ € £ ¥ ₹ ₽ $ ¢ ⌘ ⌥ ⇧ ⌃ ℹ №" },
        { "Marks", "© ® ™ ° µ § ¶ · • † ‡ « » ‹ › „ “ ” ‘ ’ ‚ – — … ¡ ¿ ¦ ¬ ¤ ¨ ¯ ´ ¸ NESTLÉ® CAFÉ™ Ã" },
        { "Character tables", "¡¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ €‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ" },
    };

    [Theory]
    [MemberData(nameof(Prose))]
    public void CorrectTextHasNoReport(string language, string text)
    {
        Assert.True(Find(text).Count == 0, $"{language}: {string.Join(", ", Find(text).Select(r => $"'{r.Damaged}' at {r.Start}"))}");
    }

    [Fact]
    public void ReportsTheFirstRunOfEachLineForFiveLinesThenASummary()
    {
        var text = "clean\r\ncafÃ© and Ã©tÃ©\nâ€œokâ€\u009D\rnothing\n" + string.Join("\n", Enumerable.Repeat("x Ã©", 6));
        var report = MojibakeReport.Create(text);
        Assert.Equal(
            new[] { (2, 4, "Ã©", 3), (3, 1, "â€œ", 2), (5, 3, "Ã©", 1), (6, 3, "Ã©", 1), (7, 3, "Ã©", 1) },
            report.Findings.Select(f => (f.Line, f.Column, f.Run.Damaged, f.RunsOnLine)));
        Assert.Equal(text.IndexOf("Ã©", StringComparison.Ordinal), report.Findings[0].Run.Start);
        Assert.Equal((3, 8), (report.MoreLines, report.FirstMoreLine));

        var few = MojibakeReport.Create("a\nÃ©");
        Assert.Equal((1, 0, 0), (few.Findings.Count, few.MoreLines, few.FirstMoreLine));
    }

    [Fact]
    public void AsciiTextCostsNoAllocation()
    {
        var text = string.Concat(Enumerable.Repeat("---\nname: a\ndescription: plain ASCII\n---\nBody text.\n", 200));
        MojibakeDetector.Find(text, 0, text.Length);
        MojibakeReport.Create(text);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var runs = MojibakeDetector.Find(text, 0, text.Length);
        var report = MojibakeReport.Create(text);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Empty(runs);
        Assert.Empty(report.Findings);
    }

    [Fact]
    public void CorrectNonAsciiTextCostsNoAllocation()
    {
        var text = string.Concat(Enumerable.Repeat("Größe, café, 日本語, ├── → ≥ ✅ 🔧 — “quotes” …\n", 200));
        MojibakeDetector.Find(text, 0, text.Length);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var runs = MojibakeDetector.Find(text, 0, text.Length);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Empty(runs);
    }

    [Fact]
    public void LargeDamagedTextIsReadInOnePass()
    {
        var text = string.Concat(Enumerable.Repeat("cafÃ© â”œâ”€â”€ ", 20000));
        var runs = Find(text);
        Assert.Equal(40000, runs.Count);
        Assert.Equal(20000, runs.Count(r => r.Repaired == "├──"));
    }

    private static IReadOnlyList<MojibakeRun> Find(string text) => MojibakeDetector.Find(text, 0, text.Length);

    /// <summary>.NET's own code pages, an oracle independent of the detector's tables (got without registering a provider process-wide).</summary>
    private static Encoding CodePage(int codePage) =>
        codePage == 28591 ? Encoding.Latin1 : CodePagesEncodingProvider.Instance.GetEncoding(codePage)!;

    private static IEnumerable<string> Reports(string file)
    {
        var text = File.ReadAllText(file);
        return Find(text).Select(r => $"{file}:{LineAndColumn(text, r.Start).Line}: '{r.Damaged}' -> '{r.Repaired}'");
    }

    private static string Repair(string text)
    {
        var builder = new StringBuilder();
        var position = 0;
        foreach (var run in Find(text))
        {
            builder.Append(text, position, run.Start - position).Append(run.Repaired);
            position = run.Start + run.Length;
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }

    private static (int Line, int Column) LineAndColumn(string text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }

    /// <summary>A path in the repository, whose root is the first folder above the test assembly that holds AgentGen.sln.</summary>
    private static string RepositoryFile(string relative)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "AgentGen.sln")))
            {
                return Path.GetFullPath(Path.Combine(folder.FullName, relative));
            }
        }

        throw new InvalidOperationException("AgentGen.sln not found above " + AppContext.BaseDirectory);
    }
}
