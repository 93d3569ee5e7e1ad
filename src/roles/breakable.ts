/**
 * Soft hyphens (U+00AD) inside long words, so a narrow matrix column can break
 * "Superintendent" as "Superin-/tendent" instead of overflowing. The browser
 * shows a hyphen only where it actually breaks the word.
 */
const SHY = '\u00ad';
const VOWEL = /[aeiouyà-ÿ]/i;

function hyphenateWord(word: string, minLength: number): string {
  if (word.length < minLength) return word;
  const isVowel = (i: number) => VOWEL.test(word[i] ?? '');
  const isConsonant = (i: number) => /\p{L}/u.test(word[i] ?? '') && !isVowel(i);
  // Prefer a break between two consonants with vowels around them ("Superin-tendent"),
  // then before a consonant that starts a syllable ("Su-perb"); as near the middle as possible,
  // with at least four letters on each side.
  const mid = word.length / 2;
  const pick = (fits: (i: number) => boolean) => {
    let best = -1;
    for (let i = 4; i <= word.length - 4; i++) {
      if (fits(i) && (best < 0 || Math.abs(i - mid) < Math.abs(best - mid))) best = i;
    }
    return best;
  };
  let at = pick((i) => isVowel(i - 2) && isConsonant(i - 1) && isConsonant(i) && isVowel(i + 1));
  if (at < 0) at = pick((i) => isVowel(i - 1) && isConsonant(i) && isVowel(i + 1));
  return at < 0 ? word : word.slice(0, at) + SHY + word.slice(at);
}

/** The text with a soft hyphen in each word of `minLength` letters or more. */
export function breakable(text: string, minLength = 11): string {
  return text.replace(/\p{L}+/gu, (w) => hyphenateWord(w, minLength));
}
