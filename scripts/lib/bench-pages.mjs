/**
 * The pages npm run bench:page scans: the demo article and the 2 MB article from tests/fixtures,
 * and two built here (their content is made by a script at load, as the fixtures' are, so the
 * HTML stays small): a page of about 50,000 nodes whose article sits beside a long comment
 * thread, and a live blog that appends a post at the bottom every second.
 */

/** About 50,000 nodes: 1,400 article paragraphs and 1,000 comments of some 20 nodes each. */
function manyNodesPage() {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Many nodes | Bench Post</title></head>
<body>
  <nav><ul id="menu"></ul></nav>
  <main><article id="story"><h1>The council's budget, line by line</h1></article></main>
  <section id="comments"><h2>Comments</h2></section>
  <script>
    const story = document.getElementById("story");
    const words = ["the", "budget", "council", "line", "spending", "road", "school", "grant", "year", "plan"];
    const fill = (n, seed) => Array.from({ length: n }, (_, k) => words[(seed + k * 7) % words.length]).join(" ");
    const paragraph = (i, lead) => {
      const p = document.createElement("p");
      p.append(lead);
      for (let k = 0; k < 6; k++) {
        const inline = document.createElement(["a", "em", "span", "strong", "span", "b"][k]);
        inline.textContent = fill(4, i + k);
        p.append(inline, " " + fill(3, i * 3 + k) + " ");
      }
      return p;
    };
    for (let i = 0; i < 1400; i++) {
      story.appendChild(paragraph(i, i % 5 === 0 ? "The finance director said on Tuesday that item " + i + " would be cut, " : "Item " + i + ": "));
    }
    const comments = document.getElementById("comments");
    for (let i = 0; i < 1000; i++) {
      const comment = document.createElement("div");
      comment.className = "comment";
      comment.appendChild(paragraph(i, "Reader " + i + " wrote: "));
      comments.appendChild(comment);
    }
    const menu = document.getElementById("menu");
    for (let i = 0; i < 300; i++) {
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.href = "#" + i;
      link.textContent = "Section " + i;
      item.appendChild(link);
      menu.appendChild(item);
    }
  </script>
</body></html>`;
}

/** 60 posts at load, then, from startLive() (called once the first scan is done), one appended at the bottom every second for `seconds` seconds. */
function appendingLiveBlog(seconds) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Live: the count | Bench Post</title></head>
<body>
  <main><article><h1>Live: the count goes on</h1><div id="posts"></div></article></main>
  <script>
    const SOURCES = ["Reuters reported", "the returning officer said", "officials said", "Bloomberg reported", "the party said"];
    let count = 0;
    function post() {
      count++;
      const item = document.createElement("p");
      item.textContent = "Update " + count + ": the count in district " + count + " reached " + (1000 + count * 37) + " ballots, " + SOURCES[count % SOURCES.length] + ", with more boxes on the way.";
      document.getElementById("posts").appendChild(item);
    }
    for (let i = 0; i < 60; i++) post();
    window.startLive = () => {
      let left = ${seconds};
      const timer = setInterval(() => (left-- > 0 ? post() : clearInterval(timer)), 1000);
    };
  </script>
</body></html>`;
}

/** { name, path, html, live? } for each page, in the order the table lists them. */
export function benchPages({ demo, bigArticle, liveSeconds }) {
  return [
    { name: "demo article", path: "demo.html", html: demo },
    { name: "2 MB article", path: "big-article.html", html: bigArticle },
    { name: "50,000 nodes", path: "many-nodes.html", html: manyNodesPage() },
    { name: `live blog (${liveSeconds} s of posts)`, path: "live-blog.html", html: appendingLiveBlog(liveSeconds), live: liveSeconds },
  ];
}
