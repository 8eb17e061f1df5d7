/**
 * What the window shows while the database opens: words, not a bare spinner, so a slow start on
 * an office PC reads as "opening", not as broken. Plain elements and inline styles only: it is
 * shown before the language is read, and needs nothing of the app.
 */
export function StartingScreen() {
  return (
    <div
      role="status"
      style={{ display: 'flex', alignItems: 'center', justifyContent: 'center', height: '100vh', fontFamily: 'Sarabun, "Noto Sans Thai", Tahoma, sans-serif', color: '#495057', fontSize: 18 }}
    >
      กำลังเปิดโปรแกรม PR Desk…
    </div>
  );
}
