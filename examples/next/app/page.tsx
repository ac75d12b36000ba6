export default function Home() {
  return (
    <>
      <h1>api-error-kit with the Next.js App Router</h1>
      <p>Each page under Library, Report and Sign up fetches from the API on the server; when it fails, you see what the failure means.</p>
    </>
  );
}
