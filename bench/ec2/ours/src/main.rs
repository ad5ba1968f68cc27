//! One EC2 call (DescribeVpcs) with this project's generated client: what a program that uses
//! EC2 costs to build.

#[tokio::main]
async fn main() {
    let ec2 = ec2_client::Client::from_env().await;
    let out = ec2.describe_vpcs(ec2_client::operation::describe_vpcs::DescribeVpcsInput::new()).await;
    match out {
        Ok(o) => println!("{} VPCs", o.vpcs.map_or(0, |v| v.len())),
        Err(e) => println!("error: {e}"),
    }
}
