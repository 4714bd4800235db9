/*
 * Pre/post-test result codes and scoring, with no page: the encoder shared by the learner's
 * test page and the trainer's tally (prapasca.js), and tested under Node (module.exports).
 *
 * A result code holds the bank's fingerprint, the learner's label (a number or initials from
 * the trainer, the same on both tests), which questions were right in each test, and a
 * checksum. The checksum catches typing errors and edited codes; it is not a secret (anyone can
 * read this script), so it is no protection against a determined learner.
 *
 * Answers written on paper (the printed forms A and B) are scored here too and become the same
 * right/wrong bits, so a class can mix codes and typed answers in one tally.
 */
(function (root) {
  "use strict";

  var ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  /* Version 2 carries a label (4 characters x 6 bits); version 1 codes (a random 20-bit
   * learner number) are still read. */
  var VERSION = 2;
  var LABEL_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  var LABEL_LENGTH = 4;
  var ID_BITS = { 1: 20, 2: 6 * LABEL_LENGTH };
  var CHECK_BITS = 20;
  var PREFIX = "AMP";
  var STAGES = { pra: 1, pasca: 2 };
  var NAMES = { pra: "Pra-tes", pasca: "Pasca-tes" };

  /* ---------------------------------------------------------------- result codes */

  function pushBits(bits, value, width) {
    for (var i = width - 1; i >= 0; i--) bits.push(Math.floor(value / Math.pow(2, i)) % 2);
  }

  function readBits(bits, position, width) {
    var value = 0;
    for (var i = 0; i < width; i++) value = value * 2 + bits[position + i];
    return value;
  }

  function checksum(bits) {
    var text = "akademi-prapasca:" + bits.join("");
    var hash = 0x811c9dc5;
    for (var i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash % Math.pow(2, CHECK_BITS);
  }

  function validAnswers(list, count) {
    return Array.isArray(list) && list.length === count &&
      list.every(function (bit) { return bit === 0 || bit === 1; });
  }

  /* A label as typed ("b 12", "ab.") becomes "B12", "AB"; null if it cannot be a label. */
  function cleanLabel(text) {
    var label = String(text || "").toUpperCase().replace(/[\s.\-_/]/g, "");
    return /^[0-9A-Z]{1,4}$/.test(label) ? label : null;
  }

  /* result: {label: "B12", pra: [0|1, ...] or null, pasca: [...] or null} */
  function encode(bank, result) {
    var count = bank.soal.length;
    var label = cleanLabel(result.label);
    if (!label) throw new Error("Label peserta berisi 1 sampai 4 huruf atau angka.");
    var bits = [];
    pushBits(bits, VERSION, 3);
    pushBits(bits, bank.sidik, 12);
    for (var c = 0; c < LABEL_LENGTH; c++) {
      pushBits(bits, c < label.length ? LABEL_CHARS.indexOf(label.charAt(c)) + 1 : 0, 6);
    }
    var stage = (result.pra ? STAGES.pra : 0) + (result.pasca ? STAGES.pasca : 0);
    if (!stage) throw new Error("Belum ada tes yang selesai.");
    pushBits(bits, stage, 2);
    ["pra", "pasca"].forEach(function (name) {
      if (!result[name]) return;
      if (!validAnswers(result[name], count)) throw new Error("Jawaban " + name + " tidak lengkap.");
      bits = bits.concat(result[name]);
    });
    pushBits(bits, checksum(bits), CHECK_BITS);
    while (bits.length % 5) bits.push(0);
    var text = "";
    for (var i = 0; i < bits.length; i += 5) text += ALPHABET.charAt(readBits(bits, i, 5));
    return PREFIX + "-" + text.match(/.{1,4}/g).join("-");
  }

  /* An error in what a person typed or pasted; ``part`` names the field it is in. */
  function problem(message, part) {
    var error = new Error(message);
    error.kode = true;
    if (part) error.bagian = part;
    return error;
  }

  function decode(text, banks) {
    var raw = String(text).trim().toUpperCase();
    if (raw.indexOf(PREFIX) !== 0) throw problem("Kode hasil selalu diawali \u201cAMP-\u201d.");
    var clean = raw.slice(PREFIX.length).replace(/[-\s]/g, "")
      .replace(/O/g, "0").replace(/[IL]/g, "1");
    if (!clean || /[^0-9A-Z]/.test(clean) || clean.indexOf("U") !== -1) {
      throw problem("Kode memuat tanda atau huruf yang tidak dipakai dalam kode hasil.");
    }
    var bits = [];
    for (var i = 0; i < clean.length; i++) pushBits(bits, ALPHABET.indexOf(clean.charAt(i)), 5);
    if (bits.length < 3 + 12 + ID_BITS[1] + 2 + CHECK_BITS) {
      throw problem("Kode terlalu pendek; mungkin ada huruf yang terlewat.");
    }
    var version = readBits(bits, 0, 3);
    if (!ID_BITS[version]) {
      throw problem("Kode ini tidak dikenali: salah ketik, atau dibuat oleh versi portal lain.");
    }
    var headerBits = 3 + 12 + ID_BITS[version] + 2;
    var fingerprint = readBits(bits, 3, 12);
    var bank = banks.filter(function (item) { return item.sidik === fingerprint; })[0];
    if (!bank) {
      throw problem("Kode ini tidak cocok dengan bank soal mana pun di portal ini: salah ketik, " +
        "atau dibuat dari versi soal yang lain.");
    }
    var stage = readBits(bits, headerBits - 2, 2);
    if (!stage) throw problem("Kode ini tidak memuat hasil tes.");
    var count = bank.soal.length;
    var used = headerBits + (stage & 1 ? count : 0) + (stage & 2 ? count : 0);
    if (clean.length !== Math.ceil((used + CHECK_BITS) / 5)) {
      throw problem("Panjang kode tidak sesuai; mungkin ada huruf yang terlewat atau berlebih.");
    }
    var padding = bits.slice(used + CHECK_BITS);
    if (readBits(bits, used, CHECK_BITS) !== checksum(bits.slice(0, used)) ||
        padding.some(function (bit) { return bit; })) {
      throw problem("Angka pemeriksa kode tidak cocok: kode salah ketik atau telah diubah.");
    }
    var position = headerBits;
    var result = { bank: bank, label: readLabel(bits, version), versi: version, pra: null, pasca: null };
    if (stage & 1) { result.pra = bits.slice(position, position + count); position += count; }
    if (stage & 2) result.pasca = bits.slice(position, position + count);
    return result;
  }

  function readLabel(bits, version) {
    if (version === 1) return learnerLabel(readBits(bits, 15, 20));
    var label = "";
    for (var c = 0; c < LABEL_LENGTH; c++) {
      var value = readBits(bits, 15 + 6 * c, 6);
      if (value > LABEL_CHARS.length) throw problem("Label dalam kode ini tidak sah: salah ketik.");
      if (value) label += LABEL_CHARS.charAt(value - 1);
    }
    if (!label) throw problem("Kode ini tidak memuat label peserta.");
    return label;
  }

  function percent(answers) {
    if (!answers) return null;
    var right = answers.reduce(function (sum, bit) { return sum + bit; }, 0);
    return Math.round((100 * right) / answers.length);
  }

  function gain(pre, post) {
    if (pre === null || post === null || pre >= 100) return null;
    return (post - pre) / (100 - pre);
  }

  function number(value, digits) {
    if (value === null || value === undefined || isNaN(value)) return "\u2013";
    return value.toLocaleString("id-ID", {
      minimumFractionDigits: digits || 0, maximumFractionDigits: digits || 0
    });
  }

  function learnerLabel(peserta) {
    var text = "";
    for (var i = 0; i < 4; i++) text = ALPHABET.charAt(Math.floor(peserta / Math.pow(32, i)) % 32) + text;
    return "P-" + text;
  }

  /* ---------------------------------------------------------------- tally */

  /* Groups joined by dashes, or by spaces as people type codes from a screen. */
  var CODE_RE = /\bAMP(?:[-\x20\t]?[0-9A-Za-z]{1,8})+/gi;

  function findCodes(text) {
    return (String(text).match(CODE_RE) || []).map(function (code) { return code.trim(); });
  }

  /* A code found in a message may run into the words after it ("AMP 2K7Q ... terima kasih"):
   * the longest run of space-separated words that decodes is the code. */
  function decodeFound(found, banks) {
    var words = found.split(/[\x20\t]+/);
    var firstError = null;
    for (var count = words.length; count >= 1; count--) {
      try {
        return { text: words.slice(0, count).join(" "), result: decode(words.slice(0, count).join(""), banks) };
      } catch (error) {
        if (!error.kode) throw error;
        if (!firstError || (count === 1 && /-.*-/.test(words[0]))) firstError = error;
      }
    }
    throw firstError;
  }

  /* One row per person: codes with the same bank and label are merged, the later code's
   * results winning, so a pre-test on one phone and a post-test on another are one row. */
  function merge(entries) {
    var byLearner = {};
    var order = [];
    entries.forEach(function (entry) {
      var key = entry.bank.sidik + ":" + entry.label;
      var known = byLearner[key];
      if (!known) {
        order.push(key);
        byLearner[key] = { bank: entry.bank, label: entry.label, pra: entry.pra, pasca: entry.pasca };
        return;
      }
      if (entry.pra) known.pra = entry.pra;
      if (entry.pasca) known.pasca = entry.pasca;
    });
    return order.map(function (key) { return byLearner[key]; });
  }

  function summarise(entries, bank) {
    var count = bank.soal.length;
    var pres = [], posts = [], gains = [];
    var perQuestion = bank.soal.map(function () { return { pra: 0, pasca: 0, praPasangan: 0, pascaPasangan: 0 }; });
    var withPre = 0, withPost = 0, paired = 0;
    entries.forEach(function (entry) {
      var pre = percent(entry.pra), post = percent(entry.pasca);
      if (pre !== null) { pres.push(pre); withPre += 1; }
      if (post !== null) { posts.push(post); withPost += 1; }
      var g = gain(pre, post);
      if (g !== null) gains.push(g);
      if (entry.pra && entry.pasca) paired += 1;
      for (var i = 0; i < count; i++) {
        if (entry.pra) perQuestion[i].pra += entry.pra[i];
        if (entry.pasca) perQuestion[i].pasca += entry.pasca[i];
        if (entry.pra && entry.pasca) {
          perQuestion[i].praPasangan += entry.pra[i];
          perQuestion[i].pascaPasangan += entry.pasca[i];
        }
      }
    });
    /* Gain per module from the people who did both tests: the same group before and after. */
    var perModule = [];
    var modules = {};
    bank.soal.forEach(function (question, index) {
      var name = question.modul || "";
      if (!name) return;
      if (!modules[name]) {
        modules[name] = { modul: name, soal: [], pra: 0, pasca: 0 };
        perModule.push(modules[name]);
      }
      modules[name].soal.push(index + 1);
      modules[name].pra += perQuestion[index].praPasangan;
      modules[name].pasca += perQuestion[index].pascaPasangan;
    });
    perModule.forEach(function (item) {
      var possible = item.soal.length * paired;
      item.praPersen = possible ? (100 * item.pra) / possible : null;
      item.pascaPersen = possible ? (100 * item.pasca) / possible : null;
      item.gain = possible ? gain(item.praPersen, item.pascaPersen) : null;
    });
    function mean(values) {
      return values.length ? values.reduce(function (a, b) { return a + b; }, 0) / values.length : null;
    }
    return {
      jumlah: entries.length, pra: mean(pres), pasca: mean(posts), gain: mean(gains),
      jumlahGain: gains.length, denganPra: withPre, denganPasca: withPost, perSoal: perQuestion,
      pasangan: paired, perModul: perModule
    };
  }

  function csv(groups) {
    var rows = [];
    groups.forEach(function (group) {
      var header = ["bank", "peserta", "pra_persen", "pasca_persen", "selisih_poin", "gain_ternormalisasi"];
      group.bank.soal.forEach(function (question, index) {
        header.push("soal_" + (index + 1) + "_pra", "soal_" + (index + 1) + "_pasca");
      });
      rows.push(header);
      group.entries.forEach(function (entry) {
        var pre = percent(entry.pra), post = percent(entry.pasca), g = gain(pre, post);
        var row = [group.bank.nama, entry.label,
          pre === null ? "" : String(pre), post === null ? "" : String(post),
          pre === null || post === null ? "" : String(post - pre),
          g === null ? "" : number(g, 3)];
        group.bank.soal.forEach(function (question, index) {
          row.push(entry.pra ? String(entry.pra[index]) : "", entry.pasca ? String(entry.pasca[index]) : "");
        });
        rows.push(row);
      });
    });
    return "\ufeff" + rows.map(function (row) {
      return row.map(function (cell) {
        return /[;"\n]/.test(cell) ? '"' + cell.replace(/"/g, '""') + '"' : cell;
      }).join(";");
    }).join("\r\n") + "\r\n";
  }

  /* The code a tally keeps for a decoded result: version 2 codes are written out again in
   * their canonical form (so the same code typed with spaces is recognised as known); older
   * codes are kept as found. */
  function canonical(result, text) {
    return result.versi === VERSION ? encode(result.bank, result)
      : String(text).toUpperCase().replace(/\s+/g, "-");
  }

  /* ---------------------------------------------------------------- paper answers */

  /* "BCA(ABD)-D": one letter per question in the printed order, several letters in brackets
   * for a question with more than one right answer, "-" for an unanswered question. Spaces,
   * commas and dots are ignored so the trainer may group the letters as they like. */
  function readLetters(text) {
    var clean = String(text || "").toUpperCase().replace(/[\s,.;]/g, "");
    var answers = [];
    for (var i = 0; i < clean.length; i++) {
      var sign = clean.charAt(i);
      if (sign === "(") {
        var end = clean.indexOf(")", i);
        if (end === -1) throw problem("Tanda kurung \u201c(\u201d belum ditutup.");
        var group = clean.slice(i + 1, end);
        if (!/^[A-Z]+$/.test(group)) {
          throw problem("Di dalam tanda kurung hanya boleh ada huruf jawaban, misalnya (ABD).");
        }
        answers.push(group);
        i = end;
      } else if (/[A-Z]/.test(sign)) {
        answers.push(sign);
      } else if (sign === "-") {
        answers.push("");
      } else {
        throw problem("Tanda \u201c" + sign + "\u201d tidak dipakai. Tulis satu huruf per soal, " +
          "huruf dalam tanda kurung untuk soal dengan beberapa jawaban, atau - untuk soal " +
          "yang tidak dijawab.");
      }
    }
    return answers;
  }

  /* Right (1) or wrong (0) per question in the bank's order, from the letters written on a
   * paper form ("A" or "B"); throws a problem naming the printed question number. */
  function scorePaper(bank, form, text) {
    var sheet = bank.bentuk && bank.bentuk[form];
    if (!sheet) {
      throw problem("Bentuk soal \u201c" + form + "\u201d tidak ada. Pilih bentuk A atau B.", "bentuk");
    }
    var answers = readLetters(text);
    if (answers.length !== sheet.length) {
      throw problem("Ada " + answers.length + " jawaban, padahal bentuk " + form + " berisi " +
        sheet.length + " soal. Tulis satu jawaban untuk setiap soal (tanda - untuk soal yang " +
        "tidak dijawab).");
    }
    var position = {};
    bank.soal.forEach(function (question, index) { position[question.id] = index; });
    var bits = bank.soal.map(function () { return 0; });
    sheet.forEach(function (item, index) {
      var letters = answers[index].split("").filter(function (letter, at, all) {
        return all.indexOf(letter) === at;
      }).sort();
      var last = String.fromCharCode(64 + item.pilihan);
      letters.forEach(function (letter) {
        if (letter > last) {
          throw problem("Soal nomor " + (index + 1) + " hanya punya pilihan A sampai " + last +
            "; jawaban \u201c" + letter + "\u201d tidak ada.");
        }
      });
      if (!item.banyak && letters.length > 1) {
        throw problem("Soal nomor " + (index + 1) + " hanya punya satu jawaban; tulis satu huruf.");
      }
      bits[position[item.id]] = letters.join("") === item.kunci ? 1 : 0;
    });
    return bits;
  }

  /* Typed answers of one participant as a result, the same as a decoded code's. */
  function paperResult(bank, entry) {
    var label = cleanLabel(entry.label);
    if (!label) throw problem("Nomor peserta berisi 1 sampai 4 huruf atau angka.", "label");
    var result = { bank: bank, label: label, versi: VERSION, pra: null, pasca: null };
    ["pra", "pasca"].forEach(function (stage) {
      var text = String(entry[stage] || "");
      if (!text.trim()) return;
      try {
        result[stage] = scorePaper(bank, entry.bentuk, text);
      } catch (error) {
        if (error.kode) {
          error.message = NAMES[stage] + ": " + error.message;
          error.bagian = stage;
        }
        throw error;
      }
    });
    if (!result.pra && !result.pasca) {
      throw problem("Tulis jawaban pra-tes, jawaban pasca-tes, atau keduanya.", "pra");
    }
    return result;
  }

  var api = {
    VERSION: VERSION, NAMES: NAMES, encode: encode, decode: decode, percent: percent, gain: gain,
    number: number, validAnswers: validAnswers, cleanLabel: cleanLabel, findCodes: findCodes,
    decodeFound: decodeFound, canonical: canonical, merge: merge, summarise: summarise, csv: csv,
    readLetters: readLetters, scorePaper: scorePaper, paperResult: paperResult
  };
  root.akademiPrapasca = api;
  if (typeof module !== "undefined" && module.exports) module.exports = api;
})(typeof window !== "undefined" ? window : globalThis);
