package dev.baton.auth;

import org.jsoup.nodes.Element;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What pressing a button would say, judged as a person reads it: by its name, value, text and label, in common
 * phrasings of English, German, French, Spanish, Portuguese, Italian, Dutch, Polish, Russian, Ukrainian, Turkish,
 * Japanese, Chinese and Korean. Each of these is read on its own, and a button refuses when any of them does. A
 * phrase that says both is read in order: it refuses when the refusal comes first ("Don't allow", "Nicht
 * erlauben"), approves when the approval does ("Allow (no data is sold)"); a Japanese or Korean refusal, which
 * follows its verb ("許可しない"), always refuses.
 */
enum ButtonIntent {
    /** Allow, Approve, Accept, Authorize, Continue, Sign in, Erlauben, Autoriser, Permitir, 許可... */
    APPROVE,
    /** Cancel, Deny, Reject, Decline, Not now, Abbrechen, Annuler, Cancelar, 拒否... */
    REFUSE,
    /** Says neither. */
    NEUTRAL;

    private static final List<String> REFUSING = List.of(
            "deny", "denied", "cancel", "reject", "decline", "refuse", "disallow", "abort", "back", "no", "not",
            "don't", "dont", "do not", "never", "not now", "no thanks", "skip", "logout", "log out", "sign out",
            "abbrechen", "ablehnen", "verweigern", "nein", "zurück", "nicht",
            "annuler", "refuser", "non", "retour", "pas",
            "cancelar", "rechazar", "denegar", "negar", "não", "nao", "voltar", "volver",
            "annulla", "rifiuta", "nega", "indietro",
            "annuleren", "weigeren", "afwijzen", "nee", "terug",
            "anuluj", "odrzuć", "odmów", "nie", "wstecz",
            "отклонить", "отказать", "запретить", "отмена", "отменить", "нет", "назад", "не",
            "відхилити", "скасувати", "заборонити", "ні",
            "reddet", "iptal", "hayır", "geri");
    private static final List<String> APPROVING = List.of(
            "allow", "approve", "accept", "authorize", "authorise", "consent", "grant", "confirm", "continue",
            "agree", "yes", "ok", "okay", "submit", "sign in", "signin", "log in", "login", "next", "proceed", "go",
            "verify", "send", "done", "erlauben", "zulassen", "genehmigen", "akzeptieren", "zustimmen", "bestätigen",
            "weiter", "anmelden", "ja", "autoriser", "accepter", "approuver", "valider", "continuer", "connexion",
            "se connecter", "oui", "permitir", "aceptar", "autorizar", "aprobar", "continuar", "entrar",
            "iniciar sesión", "sí", "si", "sim", "aceitar", "consentire", "autorizza", "consenti", "accetta",
            "continua", "accedi", "toestaan", "accepteren", "goedkeuren", "doorgaan", "inloggen", "ja",
            "zezwól", "zezwalaj", "akceptuj", "zatwierdź", "dalej", "zaloguj", "tak",
            "разрешить", "принять", "подтвердить", "продолжить", "войти", "да",
            "дозволити", "прийняти", "підтвердити", "продовжити", "увійти", "так",
            "izin ver", "kabul et", "onayla", "devam", "giriş yap", "evet");
    private static final List<String> APPROVING_CJK = List.of("許可", "承認", "同意", "允许", "允許", "授权", "授權",
            "确认", "確認", "ログイン", "登录", "登入", "続行", "继续", "次へ", "허용", "승인", "동의", "확인", "계속",
            "로그인");
    private static final List<String> REFUSING_CJK = List.of("拒否", "キャンセル", "拒绝", "拒絕", "取消", "しない",
            "不允许", "戻る", "거부", "취소", "허용 안 함", "허용하지");

    private static final Pattern REFUSING_WORDS = wordsPattern(REFUSING);
    private static final Pattern APPROVING_WORDS = wordsPattern(APPROVING);

    /** The intent of a button from everything a person or a screen reader would read on it. */
    static ButtonIntent of(Element button) {
        return of(List.of(button.attr("name"), button.attr("value"), button.text(), button.attr("aria-label"),
                button.attr("title"), button.attr("alt"), button.id()));
    }

    /** The intent of a control from the things read on it: refusing when one of them refuses. */
    static ButtonIntent of(List<String> parts) {
        List<ButtonIntent> intents = parts.stream().map(ButtonIntent::of).toList();
        return intents.contains(REFUSE) ? REFUSE : intents.contains(APPROVE) ? APPROVE : NEUTRAL;
    }

    static ButtonIntent of(String said) {
        if (REFUSING_CJK.stream().anyMatch(said::contains)) {
            return REFUSE;
        }
        String text = words(said);
        Matcher refusing = REFUSING_WORDS.matcher(text);
        Matcher approving = APPROVING_WORDS.matcher(text);
        boolean refuses = refusing.find();
        boolean approves = approving.find();
        if (refuses) {
            return approves && approving.start() < refusing.start() ? APPROVE : REFUSE;
        }
        return approves || APPROVING_CJK.stream().anyMatch(said::contains) ? APPROVE : NEUTRAL;
    }

    /** Lower case, camelCase and snake_case split into words, typographic apostrophes made plain. */
    private static String words(String said) {
        String split = said.replaceAll("([a-z])([A-Z])", "$1 $2").replace('’', '\'').replace('_', ' ')
                .replace('-', ' ');
        return " " + Normalizer.normalize(split, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}']+", " ") + " ";
    }

    /** Any of the words or phrases, standing as whole words. */
    private static Pattern wordsPattern(List<String> words) {
        return Pattern.compile("(?<![\\p{L}\\p{N}'])(?:" + String.join("|", words.stream().map(Pattern::quote)
                .toList()) + ")(?![\\p{L}\\p{N}'])");
    }
}
