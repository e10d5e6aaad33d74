/**
 * Short sentences from an invented family's plan in each language whose script the documents
 * print, with a name and numbers inside, as a translator might write them. The family (Amira,
 * her mother, the social worker Sarah Jones) is invented for these tests.
 */
export interface ScriptSample {
  readonly lang: string;
  readonly name: string;
  readonly text: string;
}

export const SCRIPT_SAMPLES: readonly ScriptSample[] = [
  { lang: 'en-GB', name: 'English', text: 'Amira will go to school every day. Her mother will phone Sarah Jones by 12 March 2027.' },
  { lang: 'pl', name: 'Polish', text: 'Amira będzie codziennie chodzić do szkoły. Jej mama zadzwoni do Sarah Jones do 12 marca 2027 r.' },
  { lang: 'ro', name: 'Romanian', text: 'Amira va merge la școală în fiecare zi. Mama ei o va suna pe Sarah Jones până pe 12 martie 2027; își ține promisiunea.' },
  { lang: 'lt', name: 'Lithuanian', text: 'Amira kiekvieną dieną eis į mokyklą. Jos mama paskambins Sarah Jones iki 2027 m. kovo 12 d.' },
  { lang: 'pt', name: 'Portuguese', text: 'A Amira vai à escola todos os dias. A mãe dela telefonará à Sarah Jones até 12 de março de 2027.' },
  { lang: 'so', name: 'Somali', text: 'Amira waxay dugsiga aadi doontaa maalin kasta. Hooyadeed waxay la xiriiri doontaa Sarah Jones ka hor 12 Maarso 2027.' },
  { lang: 'ru', name: 'Russian', text: 'Амира будет ходить в школу каждый день. Её мама позвонит Sarah Jones до 12 марта 2027 года.' },
  { lang: 'uk', name: 'Ukrainian', text: 'Аміра щодня ходитиме до школи. Її мама зателефонує Sarah Jones до 12 березня 2027 року; ґанок і їжа.' },
  { lang: 'ar', name: 'Arabic', text: 'ستذهب أميرة إلى المدرسة كل يوم. ستتصل والدتها بـ Sarah Jones قبل 12 مارس 2027.' },
  { lang: 'ur', name: 'Urdu', text: 'امیرہ ہر روز اسکول جائے گی۔ اس کی والدہ 12 مارچ 2027 تک Sarah Jones کو فون کریں گی۔' },
  { lang: 'fa', name: 'Farsi', text: 'امیرا هر روز به مدرسه می‌رود. مادرش تا 12 مارس 2027 به Sarah Jones زنگ می‌زند.' },
  { lang: 'ps', name: 'Pashto', text: 'امیره به هره ورځ ښوونځي ته ځي. مور به یې د 2027 کال د مارچ تر 12 پورې Sarah Jones ته زنګ ووهي.' },
  { lang: 'ckb', name: 'Sorani Kurdish', text: 'ئامیرە هەموو ڕۆژێک دەچێتە قوتابخانە. دایکی تا 12ی ئاداری 2027 تەلەفۆن بۆ Sarah Jones دەکات.' },
  { lang: 'bn', name: 'Bengali', text: 'আমিরা প্রতিদিন স্কুলে যাবে। তার মা 12 মার্চ 2027-এর মধ্যে Sarah Jones-কে ফোন করবেন।' },
  { lang: 'pa', name: 'Punjabi', text: 'ਅਮੀਰਾ ਹਰ ਰੋਜ਼ ਸਕੂਲ ਜਾਵੇਗੀ। ਉਸਦੀ ਮਾਂ 12 ਮਾਰਚ 2027 ਤੱਕ Sarah Jones ਨੂੰ ਫ਼ੋਨ ਕਰੇਗੀ।' },
  { lang: 'ti', name: 'Tigrinya', text: 'ኣሚራ ኩሉ መዓልቲ ናብ ቤት ትምህርቲ ክትከይድ እያ። ኣዲኣ ክሳብ 12 መጋቢት 2027 ናብ Sarah Jones ክትድውል እያ።' },
  { lang: 'am', name: 'Amharic', text: 'አሚራ በየቀኑ ወደ ትምህርት ቤት ትሄዳለች። እናቷ እስከ መጋቢት 12 ቀን 2027 ድረስ ለSarah Jones ትደውላለች።' },
];
