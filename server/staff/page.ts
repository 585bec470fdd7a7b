/** The dashboard shell: everything it shows is drawn by <annulus-staff> from the staff API. */
export const DASHBOARD_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Call-back requests · Annulus staff</title>
<script type="module" src="/widget/staff.js"></script>
</head>
<body>
<annulus-staff></annulus-staff>
<noscript>The staff dashboard needs JavaScript.</noscript>
</body>
</html>
`;

/** Only our own script and API; nothing patient-typed can run even if it reached the page as markup. */
export const DASHBOARD_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy':
    "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self'; " +
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
};
